//! Newsletter and share phrases of the languages of Asia and the Middle East (ar, he, fa, hi, ja,
//! zh, ko, id, ms, vi, th); see [`super::signup`] for what they are. Every entry carries a
//! comment with an English gloss. Scripts written without spaces are matched character by
//! character, and a heading there has at most ten characters (see [`super`]).

use super::Place::{Anywhere as Any, Heading as H};
use super::{p, Phrase};
use crate::verdict::Label::{Newsletter as N, Share as S};

/// The table.
pub const PHRASES: &[Phrase] = &[
    // ======== ar: Arabic (hamza spellings vary; "شارك" alone is also "took part") ========
    p("النشرة البريدية", "ar", N, H, 3), // the newsletter (mail bulletin)
    p("النشرة الإخبارية", "ar", N, H, 3), // the newsletter (news bulletin)
    p("القائمة البريدية", "ar", N, H, 3), // the mailing list
    p("اشترك في نشرتنا البريدية", "ar", N, H, 3), // subscribe to our newsletter
    p("اشترك في النشرة الإخبارية", "ar", N, H, 3), // subscribe to the news bulletin
    p("أدخل بريدك الإلكتروني", "ar", N, Any, 3), // enter your e-mail
    p("ادخل بريدك الالكتروني", "ar", N, Any, 3), // enter your e-mail (no hamza)
    p("عنوان البريد الإلكتروني", "ar", N, Any, 1), // e-mail address
    p("إلغاء الاشتراك في أي وقت", "ar", N, Any, 3), // unsubscribe at any time
    p("الغاء الاشتراك في اي وقت", "ar", N, Any, 3), // unsubscribe at any time (no hamza)
    p("مباشرة إلى بريدك", "ar", N, Any, 3), // straight to your mailbox
    p("شارك المقال", "ar", S, H, 3),     // share the article
    p("شارك الخبر", "ar", S, H, 3),      // share the story
    p("شارك عبر", "ar", S, H, 3),        // share via
    p("تابعونا", "ar", S, H, 3),         // follow us
    p("تابعنا", "ar", S, H, 3),          // follow us (singular)
    p("شارك على فيسبوك", "ar", S, Any, 3), // share on Facebook
    p("شارك على تويتر", "ar", S, Any, 3), // share on Twitter
    p("شارك عبر واتساب", "ar", S, Any, 3), // share via WhatsApp
    p("نسخ الرابط", "ar", S, Any, 3),    // copy the link
    p("تم نسخ الرابط", "ar", S, Any, 3), // the link was copied
    p("تابعونا على", "ar", S, Any, 2),   // follow us on
    // ======== he: Hebrew ("שיתוף" alone is also "co-operation") ========
    p("ניוזלטר", "he", N, H, 3),                 // newsletter
    p("הרשמה לניוזלטר", "he", N, H, 3),          // newsletter sign-up
    p("הצטרפו לניוזלטר", "he", N, H, 3),         // join the newsletter
    p("הניוזלטר שלנו", "he", N, H, 3),           // our newsletter
    p("הירשמו לעדכונים", "he", N, H, 3),         // sign up for updates
    p("כתובת אימייל", "he", N, Any, 1),          // e-mail address
    p("הזינו את כתובת המייל", "he", N, Any, 3),  // enter the e-mail address
    p("לבטל את ההרשמה בכל עת", "he", N, Any, 3), // unsubscribe at any time
    p("ישירות למייל", "he", N, Any, 2),          // straight to your mail
    p("שתפו", "he", S, H, 3),                    // share (plural imperative)
    p("שתף", "he", S, H, 3),                     // share
    p("שתפו את הכתבה", "he", S, H, 3),           // share the article
    p("שיתוף הכתבה", "he", S, H, 3),             // sharing the article
    p("עקבו אחרינו", "he", S, H, 3),             // follow us
    p("שתפו בפייסבוק", "he", S, Any, 3),         // share on Facebook
    p("שיתוף בפייסבוק", "he", S, Any, 3),        // share on Facebook
    p("שיתוף בוואטסאפ", "he", S, Any, 3),        // share on WhatsApp
    p("העתקת קישור", "he", S, Any, 3),           // copy link
    p("הקישור הועתק", "he", S, Any, 3),          // the link was copied
    p("עקבו אחרינו", "he", S, Any, 2),           // follow us
    // ======== fa: Persian (a zero-width non-joiner splits words) ========
    p("خبرنامه", "fa", N, H, 3),                  // newsletter
    p("اشتراک در خبرنامه", "fa", N, H, 3),        // subscription to the newsletter
    p("ثبت نام در خبرنامه", "fa", N, H, 3),       // newsletter sign-up
    p("ایمیل خود را وارد کنید", "fa", N, Any, 3), // enter your e-mail
    p("آدرس ایمیل", "fa", N, Any, 1),             // e-mail address
    p("نشانی ایمیل", "fa", N, Any, 1),            // e-mail address
    p("اشتراک گذاری", "fa", S, H, 3),             // sharing
    p("به اشتراک بگذارید", "fa", S, H, 3),        // share (imperative)
    p("ما را دنبال کنید", "fa", S, H, 3),         // follow us
    p("اشتراک گذاری در تلگرام", "fa", S, Any, 3), // share on Telegram
    p("اشتراک گذاری در واتساپ", "fa", S, Any, 3), // share on WhatsApp
    p("کپی لینک", "fa", S, Any, 3),               // copy link
    p("لینک کپی شد", "fa", S, Any, 3),            // link copied
    p("ما را دنبال کنید", "fa", S, Any, 2),       // follow us
    // ======== hi: Hindi (virama and nukta split words; both sides split alike) ========
    p("न्यूज़लेटर", "hi", N, H, 3),                   // newsletter
    p("न्यूजलेटर", "hi", N, H, 3),                   // newsletter (no nukta)
    p("न्यूज़लेटर के लिए साइन अप करें", "hi", N, H, 3),  // sign up for the newsletter
    p("अपना ईमेल दर्ज करें", "hi", N, Any, 3),        // enter your e-mail
    p("ईमेल पता", "hi", N, Any, 1),                // e-mail address
    p("किसी भी समय अनसब्सक्राइब", "hi", N, Any, 3), // unsubscribe at any time
    p("अपने इनबॉक्स में", "hi", N, Any, 3),           // in your inbox
    p("शेयर करें", "hi", S, H, 3),                   // share ("शेयर" alone is also stocks)
    p("इसे शेयर करें", "hi", S, H, 3),                // share this
    p("हमें फॉलो करें", "hi", S, H, 3),               // follow us
    p("फेसबुक पर शेयर करें", "hi", S, Any, 3),         // share on Facebook
    p("व्हाट्सएप पर शेयर करें", "hi", S, Any, 3),      // share on WhatsApp
    p("लिंक कॉपी करें", "hi", S, Any, 3),            // copy link
    p("हमें फॉलो करें", "hi", S, Any, 2),             // follow us
    // ======== ja: Japanese (each kana/kanji is a word; "シェア" alone is also market share) ========
    p("ニュースレター", "ja", N, H, 3),             // newsletter
    p("ニュースレター登録", "ja", N, H, 3),         // newsletter sign-up
    p("メールマガジン", "ja", N, H, 3),             // mail magazine
    p("メールマガジン登録", "ja", N, H, 3),         // mail-magazine sign-up
    p("メルマガ", "ja", N, H, 3),                   // mail magazine (short)
    p("メールアドレスを入力", "ja", N, Any, 3),     // enter your e-mail address
    p("メールアドレス", "ja", N, Any, 1),           // e-mail address
    p("いつでも配信停止", "ja", N, Any, 3),         // unsubscribe at any time
    p("配信停止はいつでも", "ja", N, Any, 3),       // unsubscribing any time
    p("シェアする", "ja", S, H, 3),                 // share
    p("この記事をシェア", "ja", S, H, 3),           // share this article
    p("記事をシェア", "ja", S, H, 3),               // share the article
    p("この記事を共有", "ja", S, H, 3),             // share this article
    p("フォローする", "ja", S, H, 3),               // follow
    p("facebookでシェア", "ja", S, Any, 3),         // share on Facebook
    p("xでシェア", "ja", S, Any, 3),                // share on X
    p("lineで送る", "ja", S, Any, 3),               // send with LINE
    p("はてなブックマークに追加", "ja", S, Any, 3), // add to Hatena Bookmark
    p("リンクをコピー", "ja", S, Any, 3),           // copy link
    p("urlをコピー", "ja", S, Any, 3),              // copy URL
    // ======== zh: Chinese, simplified and traditional (each Han character is a word) ========
    p("邮件订阅", "zh", N, H, 3),           // e-mail subscription
    p("郵件訂閱", "zh", N, H, 3),           // e-mail subscription (traditional)
    p("电子报", "zh", N, H, 3),             // newsletter
    p("電子報", "zh", N, H, 3),             // newsletter (traditional)
    p("订阅新闻简报", "zh", N, H, 3),       // subscribe to the newsletter
    p("订阅我们的电子报", "zh", N, H, 3),   // subscribe to our newsletter
    p("訂閱我們的電子報", "zh", N, H, 3),   // subscribe to our newsletter (traditional)
    p("输入您的电子邮箱", "zh", N, Any, 3), // enter your e-mail
    p("请输入您的邮箱", "zh", N, Any, 3),   // please enter your mailbox
    p("輸入您的電子郵件", "zh", N, Any, 3), // enter your e-mail (traditional)
    p("電子郵件地址", "zh", N, Any, 1),     // e-mail address (traditional)
    p("电子邮件地址", "zh", N, Any, 1),     // e-mail address
    p("随时取消订阅", "zh", N, Any, 3),     // unsubscribe at any time
    p("隨時取消訂閱", "zh", N, Any, 3),     // unsubscribe at any time (traditional)
    p("分享到", "zh", S, H, 3),             // share to ("分享" alone is too wide)
    p("分享至", "zh", S, H, 3),             // share to
    p("分享本文", "zh", S, H, 3),           // share this article
    p("分享这篇文章", "zh", S, H, 3),       // share this article
    p("分享這篇文章", "zh", S, H, 3),       // share this article (traditional)
    p("分享此文", "zh", S, H, 3),           // share this article
    p("关注我们", "zh", S, H, 3),           // follow us
    p("關注我們", "zh", S, H, 3),           // follow us (traditional)
    p("追蹤我們", "zh", S, H, 3),           // follow us (Taiwan)
    p("分享到微信", "zh", S, Any, 3),       // share to WeChat
    p("分享到微博", "zh", S, Any, 3),       // share to Weibo
    p("分享到朋友圈", "zh", S, Any, 3),     // share to WeChat Moments
    p("复制链接", "zh", S, Any, 3),         // copy link
    p("複製連結", "zh", S, Any, 3),         // copy link (traditional)
    p("链接已复制", "zh", S, Any, 3),       // link copied
    p("微信扫一扫", "zh", S, Any, 2),       // scan with WeChat (share QR code)
    // ======== ko: Korean (each hangul syllable is a word) ========
    p("뉴스레터", "ko", N, H, 3),               // newsletter
    p("뉴스레터 받기", "ko", N, H, 3),          // get the newsletter
    p("뉴스레터 구독하기", "ko", N, H, 3),      // subscribe to the newsletter
    p("이메일 주소", "ko", N, Any, 1),          // e-mail address
    p("이메일 주소를 입력", "ko", N, Any, 2),   // enter the e-mail address
    p("이메일을 입력", "ko", N, Any, 3),        // enter the e-mail
    p("언제든지 구독을 취소", "ko", N, Any, 3), // cancel the subscription at any time
    p("공유하기", "ko", S, H, 3),               // share
    p("기사 공유", "ko", S, H, 3),              // share the article
    p("팔로우하기", "ko", S, H, 3),             // follow
    p("페이스북 공유", "ko", S, Any, 3),        // share on Facebook
    p("페이스북으로 공유", "ko", S, Any, 3),    // share on Facebook
    p("카카오톡 공유", "ko", S, Any, 3),        // share on KakaoTalk
    p("카카오톡으로 공유", "ko", S, Any, 3),    // share on KakaoTalk
    p("링크 복사", "ko", S, Any, 3),            // copy link
    p("url 복사", "ko", S, Any, 3),             // copy URL
    // ======== id: Indonesian (entries shared with Malay are here) ========
    p("berlangganan newsletter", "id", N, H, 3), // subscribe to the newsletter
    p("langganan newsletter", "id", N, H, 3),    // newsletter subscription (also ms)
    p("daftar newsletter", "id", N, H, 3),       // newsletter sign-up
    p("berlangganan buletin", "id", N, H, 3),    // subscribe to the bulletin
    p("alamat email", "id", N, Any, 1),          // e-mail address (also ms)
    p("masukkan email anda", "id", N, Any, 3),   // enter your e-mail (also ms)
    p("masukkan alamat email", "id", N, Any, 2), // enter the e-mail address (also ms)
    p("berhenti berlangganan kapan saja", "id", N, Any, 3), // unsubscribe at any time
    p("langsung ke inbox anda", "id", N, Any, 3), // straight to your inbox
    p("bagikan", "id", S, H, 3),                 // share
    p("bagikan artikel ini", "id", S, H, 3),     // share this article
    p("bagikan ke", "id", S, H, 3),              // share to
    p("ikuti kami", "id", S, H, 3),              // follow us (also ms)
    p("bagikan ke facebook", "id", S, Any, 3),   // share on Facebook
    p("bagikan ke whatsapp", "id", S, Any, 3),   // share on WhatsApp
    p("salin tautan", "id", S, Any, 3),          // copy link
    p("salin link", "id", S, Any, 3),            // copy link
    p("tautan disalin", "id", S, Any, 3),        // link copied
    p("ikuti kami di", "id", S, Any, 2),         // follow us on (also ms)
    // ======== ms: Malay ========
    p("surat berita", "ms", N, H, 3),               // newsletter
    p("langgani surat berita kami", "ms", N, H, 3), // subscribe to our newsletter
    p("alamat e mel", "ms", N, Any, 1),             // e-mail address
    p("masukkan e mel anda", "ms", N, Any, 3),      // enter your e-mail
    p("kongsi", "ms", S, H, 3),                     // share
    p("kongsi artikel ini", "ms", S, H, 3),         // share this article
    p("kongsi di facebook", "ms", S, Any, 3),       // share on Facebook
    p("kongsi ke whatsapp", "ms", S, Any, 3),       // share on WhatsApp
    p("salin pautan", "ms", S, Any, 3),             // copy link
    // ======== vi: Vietnamese ("chia sẻ" and "bản tin" alone open many headlines) ========
    p("đăng ký bản tin", "vi", N, H, 3),  // newsletter sign-up
    p("đăng ký nhận tin", "vi", N, H, 3), // sign up for news
    p("nhận bản tin", "vi", N, H, 3),     // get the newsletter
    p("nhập email của bạn", "vi", N, Any, 3), // enter your e-mail
    p("địa chỉ email", "vi", N, Any, 1),  // e-mail address
    p("hủy đăng ký bất cứ lúc nào", "vi", N, Any, 3), // unsubscribe at any time
    p("chia sẻ bài viết", "vi", S, H, 3), // share the article
    p("chia sẻ qua", "vi", S, H, 3),      // share via
    p("chia sẻ lên", "vi", S, H, 3),      // share to
    p("theo dõi chúng tôi", "vi", S, H, 3), // follow us
    p("chia sẻ lên facebook", "vi", S, Any, 3), // share on Facebook
    p("chia sẻ qua email", "vi", S, Any, 3), // share by e-mail
    p("chia sẻ qua zalo", "vi", S, Any, 3), // share on Zalo
    p("sao chép liên kết", "vi", S, Any, 3), // copy link
    p("theo dõi chúng tôi trên", "vi", S, Any, 2), // follow us on
    // ======== th: Thai (written without spaces; a phrase must be a whole run of the text) ========
    p("จดหมายข่าว", "th", N, H, 3),       // newsletter
    p("รับจดหมายข่าว", "th", N, H, 3),     // get the newsletter
    p("สมัครรับข่าวสาร", "th", N, H, 3),    // sign up for news
    p("กรอกอีเมลของคุณ", "th", N, Any, 3), // enter your e-mail
    p("ที่อยู่อีเมล", "th", N, Any, 1),       // e-mail address
    p("แชร์", "th", S, H, 3),             // share
    p("แชร์บทความนี้", "th", S, H, 3),      // share this article
    p("ติดตามเรา", "th", S, H, 3),        // follow us
    p("คัดลอกลิงก์", "th", S, Any, 3),      // copy link
];
