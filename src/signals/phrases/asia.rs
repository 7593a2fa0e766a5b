//! Phrases of the languages of Asia and the Middle East (ja, zh, ko, ar, he, fa, id, ms, vi, hi,
//! th). Every entry carries a comment with an English gloss. Scripts written without spaces are
//! matched character by character (see [`super`]).

use super::Place::{Anywhere as Any, Heading as H, Lead as L};
use super::{p, Phrase};
use crate::verdict::Label::{Comment as C, Donation as D, Newsletter as N, Related as R};

/// The table.
pub(super) const PHRASES: &[Phrase] = &[
    // ======== ja: Japanese (each kana/kanji is a word; headings have at most 10) ========
    p("関連記事", "ja", R, H, 3),             // related articles
    p("関連ニュース", "ja", R, H, 3),         // related news
    p("おすすめ記事", "ja", R, H, 3),         // recommended articles
    p("こちらもおすすめ", "ja", R, H, 3),     // also recommended
    p("あわせて読みたい", "ja", R, H, 3),     // also worth reading
    p("人気記事", "ja", R, H, 3),             // popular articles
    p("アクセスランキング", "ja", R, H, 3),   // most viewed ranking
    p("よく読まれている記事", "ja", R, H, 3), // most read articles
    p("最新記事", "ja", R, H, 3),             // latest articles
    p("最新ニュース", "ja", R, H, 3),         // latest news
    p("関連記事", "ja", R, L, 3),             // "【関連記事】<link>"
    p("あわせて読みたい", "ja", R, L, 3),     // also worth reading
    p("前の記事", "ja", R, L, 3),             // previous article
    p("次の記事", "ja", R, L, 3),             // next article
    p("コメント", "ja", C, H, 3),             // comments
    p("件のコメント", "ja", C, H, 3),         // "3件のコメント" (N comments)
    p("メールアドレスが公開されることはありません", "ja", C, Any, 3), // e-mail not published (WP)
    p("が付いている欄は必須項目です", "ja", C, Any, 3), // required fields are marked (WP)
    p("今すぐ寄付", "ja", D, Any, 3),         // donate now
    p("ご寄付をお願い", "ja", D, Any, 3),     // we ask for your donation
    p("ご支援をお願いします", "ja", D, Any, 3), // please support us
    p("ご支援ください", "ja", D, Any, 3),     // please support
    p("有料会員登録", "ja", D, Any, 2),       // paid membership sign-up
    p("この記事の続きを読むには", "ja", D, Any, 3), // to read the rest of this article (paywall)
    p("有料記事", "ja", D, Any, 2),           // paid article
    p("読者の皆様", "ja", D, Any, 1),         // dear readers
    p("ニュースレターを購読", "ja", N, Any, 3), // subscribe to the newsletter
    p("メルマガ登録", "ja", N, Any, 3),       // mail-magazine sign-up
    // ======== zh: Chinese, simplified and traditional (each Han character is a word) ========
    p("相关文章", "zh", R, H, 3),                     // related articles
    p("相关新闻", "zh", R, H, 3),                     // related news
    p("相关阅读", "zh", R, H, 3),                     // related reading
    p("推荐阅读", "zh", R, H, 3),                     // recommended reading
    p("延伸阅读", "zh", R, H, 3),                     // further reading
    p("热门文章", "zh", R, H, 3),                     // popular articles
    p("最新文章", "zh", R, H, 3),                     // latest articles (simplified = traditional)
    p("最新新闻", "zh", R, H, 3),                     // latest news
    p("猜你喜欢", "zh", R, H, 3),                     // you may like
    p("你可能也喜欢", "zh", R, H, 3),                 // you may also like
    p("相關文章", "zh", R, H, 3),                     // related articles (traditional)
    p("相關新聞", "zh", R, H, 3),                     // related news (traditional)
    p("相關閱讀", "zh", R, H, 3),                     // related reading (traditional)
    p("推薦閱讀", "zh", R, H, 3),                     // recommended reading (traditional)
    p("延伸閱讀", "zh", R, H, 3),                     // further reading (traditional)
    p("熱門文章", "zh", R, H, 3),                     // popular articles (traditional)
    p("最新消息", "zh", R, H, 3),                     // latest news
    p("你可能也喜歡", "zh", R, H, 3),                 // you may also like (traditional)
    p("延伸阅读", "zh", R, L, 3),                     // further reading
    p("推荐阅读", "zh", R, L, 3),                     // recommended reading
    p("延伸閱讀", "zh", R, L, 3),                     // further reading (traditional)
    p("推薦閱讀", "zh", R, L, 3),                     // recommended reading (traditional)
    p("上一篇", "zh", R, L, 3),                       // previous article
    p("下一篇", "zh", R, L, 3),                       // next article
    p("发表评论", "zh", C, H, 3),                     // post a comment
    p("全部评论", "zh", C, H, 3),                     // all comments
    p("最新评论", "zh", C, H, 3),                     // latest comments
    p("条评论", "zh", C, H, 3),                       // "3条评论" (N comments)
    p("暂无评论", "zh", C, H, 3),                     // no comments yet
    p("留言", "zh", C, H, 3), // comments / messages (simplified = traditional)
    p("發表評論", "zh", C, H, 3), // post a comment (traditional)
    p("發表留言", "zh", C, H, 3), // post a comment (traditional)
    p("則留言", "zh", C, H, 3), // "3則留言" (N comments, traditional)
    p("您的电子邮箱地址不会被公开", "zh", C, Any, 3), // e-mail not published (WP)
    p("必填项已用", "zh", C, Any, 2), // required fields are marked (WP)
    p("電子郵件地址不會公開", "zh", C, Any, 3), // e-mail not published (WP, traditional)
    p("必填欄位標示為", "zh", C, Any, 2), // required fields are marked (WP, traditional)
    p("立即捐款", "zh", D, Any, 3), // donate now (simplified = traditional)
    p("捐助我们", "zh", D, Any, 3), // donate to us
    p("赞助我们", "zh", D, Any, 3), // sponsor us
    p("成为会员", "zh", D, Any, 2), // become a member
    p("订阅以继续阅读", "zh", D, Any, 3), // subscribe to keep reading
    p("亲爱的读者", "zh", D, Any, 1), // dear readers
    p("贊助我們", "zh", D, Any, 3), // sponsor us (traditional)
    p("成為會員", "zh", D, Any, 2), // become a member (traditional)
    p("小額贊助", "zh", D, Any, 3), // small donation
    p("訂閱以繼續閱讀", "zh", D, Any, 3), // subscribe to keep reading (traditional)
    p("親愛的讀者", "zh", D, Any, 1), // dear readers (traditional)
    p("订阅电子报", "zh", N, Any, 3), // newsletter sign-up
    p("訂閱電子報", "zh", N, Any, 3), // newsletter sign-up (traditional)
    // ======== ko: Korean (each hangul syllable is a word) ========
    p("관련 기사", "ko", R, H, 3),      // related articles
    p("관련 뉴스", "ko", R, H, 3),      // related news
    p("많이 본 뉴스", "ko", R, H, 3),   // most viewed news
    p("많이 본 기사", "ko", R, H, 3),   // most viewed articles
    p("최신 기사", "ko", R, H, 3),      // latest articles
    p("최신 뉴스", "ko", R, H, 3),      // latest news
    p("추천 기사", "ko", R, H, 3),      // recommended articles
    p("인기 기사", "ko", R, H, 3),      // popular articles
    p("주요 뉴스", "ko", R, H, 3),      // top news
    p("함께 보면 좋은", "ko", R, H, 3), // good to read together
    p("관련 기사", "ko", R, L, 3),      // related article
    p("이전 기사", "ko", R, L, 3),      // previous article
    p("다음 기사", "ko", R, L, 3),      // next article
    p("댓글", "ko", C, H, 3),           // comments
    p("답글 남기기", "ko", C, H, 3),    // leave a reply (WP)
    p("개의 댓글", "ko", C, H, 3),      // "3개의 댓글" (N comments)
    p("이메일 주소는 공개되지 않습니다", "ko", C, Any, 3), // e-mail not published (WP)
    p("필수 필드는", "ko", C, Any, 2),  // required fields (are marked, WP)
    p("지금 후원하기", "ko", D, Any, 3), // support now
    p("후원해 주세요", "ko", D, Any, 3), // please support
    p("후원회원", "ko", D, Any, 2),     // supporting member
    p("후원하기", "ko", D, Any, 1),     // support (button; also in prose)
    p("정기 후원", "ko", D, Any, 1),    // regular support
    p("독자 여러분", "ko", D, Any, 1),  // dear readers
    p("뉴스레터 구독", "ko", N, Any, 3), // newsletter subscription
    p("뉴스레터 신청", "ko", N, Any, 3), // newsletter sign-up
    // ======== ar: Arabic (hamza and tanween spellings vary) ========
    p("مقالات ذات صلة", "ar", R, H, 3),  // related articles
    p("أخبار ذات صلة", "ar", R, H, 3),  // related news
    p("اقرأ أيضا", "ar", R, H, 3),      // read also
    p("الأكثر قراءة", "ar", R, H, 3),    // most read
    p("آخر الأخبار", "ar", R, H, 3),     // latest news
    p("قد يعجبك أيضا", "ar", R, H, 3),  // you may also like
    p("قد يهمك", "ar", R, H, 3),        // may interest you
    p("اقرأ أيضا", "ar", R, L, 3),      // read also
    p("اقرأ أيضاً", "ar", R, L, 3),      // read also (tanween)
    p("إقرأ أيضا", "ar", R, L, 3),      // read also (hamza below)
    p("اقرا ايضا", "ar", R, L, 3),      // read also (no hamza)
    p("شاهد أيضا", "ar", R, L, 3),      // watch also
    p("التعليقات", "ar", C, H, 3),      // the comments
    p("تعليقات", "ar", C, H, 3),        // comments
    p("أضف تعليق", "ar", C, H, 3),      // add a comment
    p("أضف تعليقاً", "ar", C, H, 3),     // add a comment (tanween)
    p("اترك تعليقاً", "ar", C, H, 3),    // leave a comment (WP)
    p("اترك رداً", "ar", C, H, 3),       // leave a reply (WP)
    p("لا توجد تعليقات", "ar", C, H, 3), // no comments
    p("لن يتم نشر عنوان بريدك الإلكتروني", "ar", C, Any, 3), // e-mail not published (WP)
    p("الحقول الإلزامية مشار إليها", "ar", C, Any, 2), // required fields are marked (WP)
    p("تبرع الآن", "ar", D, Any, 3),     // donate now
    p("ادعمنا", "ar", D, Any, 2),       // support us
    p("قدم تبرعا", "ar", D, Any, 3),    // make a donation
    p("ادعم الصحافة المستقلة", "ar", D, Any, 3), // support independent journalism
    p("أعزائي القراء", "ar", D, Any, 1), // dear readers
    p("الصحافة المستقلة", "ar", D, Any, 1), // independent journalism
    p("اشترك في النشرة البريدية", "ar", N, Any, 3), // newsletter sign-up
    // ======== he: Hebrew ========
    p("כתבות קשורות", "he", R, H, 3),           // related articles
    p("עוד כתבות", "he", R, H, 3),              // more articles
    p("הנקראים ביותר", "he", R, H, 3),          // most read
    p("חדשות אחרונות", "he", R, H, 3),          // latest news
    p("אולי יעניין אותך", "he", R, H, 3),       // may interest you
    p("מומלצים", "he", R, H, 3),                // recommended
    p("עוד בנושא", "he", R, H, 3),              // more on the topic
    p("קראו גם", "he", R, L, 3),                // read also
    p("לקריאה נוספת", "he", R, L, 3),           // further reading
    p("ראו גם", "he", R, L, 3),                 // see also
    p("עוד בנושא", "he", R, L, 3),              // more on the topic
    p("תגובות", "he", C, H, 3),                 // comments
    p("כתיבת תגובה", "he", C, H, 3),            // leave a reply (WP)
    p("הוספת תגובה", "he", C, H, 3),            // add a comment
    p("השאירו תגובה", "he", C, H, 3),           // leave a comment
    p("אין תגובות", "he", C, H, 3),             // no comments
    p("האימייל לא יוצג באתר", "he", C, Any, 3), // e-mail not shown (WP)
    p("שדות החובה מסומנים", "he", C, Any, 2),   // required fields are marked (WP)
    p("תמכו בנו", "he", D, Any, 2),             // support us
    p("תרמו עכשיו", "he", D, Any, 3),           // donate now
    p("הצטרפו למנויים", "he", D, Any, 2),       // join the subscribers
    p("למינוי דיגיטלי", "he", D, Any, 2),       // for a digital subscription
    p("קוראים יקרים", "he", D, Any, 1),         // dear readers
    p("עיתונות עצמאית", "he", D, Any, 1),       // independent journalism
    p("הירשמו לניוזלטר", "he", N, Any, 3),      // newsletter sign-up
    // ======== fa: Persian (a zero-width non-joiner splits words, hence "ها", "ترین") ========
    p("مطالب مرتبط", "fa", R, H, 3),          // related posts
    p("اخبار مرتبط", "fa", R, H, 3),          // related news
    p("پربازدیدترین", "fa", R, H, 3),         // most viewed
    p("پربازدید ترین", "fa", R, H, 3),        // most viewed (with ZWNJ)
    p("آخرین اخبار", "fa", R, H, 3),          // latest news
    p("مطالب پیشنهادی", "fa", R, H, 3),       // suggested posts
    p("بیشتر بخوانید", "fa", R, H, 3),        // read more
    p("بیشتر بخوانید", "fa", R, L, 3),        // read more
    p("همچنین بخوانید", "fa", R, L, 3),       // read also
    p("بخوانید", "fa", R, L, 3),              // "بخوانید: <link>" (read)
    p("نظرات", "fa", C, H, 3),                // comments
    p("دیدگاه ها", "fa", C, H, 3),            // comments (WP, with ZWNJ)
    p("دیدگاهتان را بنویسید", "fa", C, H, 3), // leave a reply (WP)
    p("ارسال نظر", "fa", C, H, 3),            // send a comment
    p("ثبت دیدگاه", "fa", C, H, 3),           // post a comment
    p("بدون دیدگاه", "fa", C, H, 3),          // no comments
    p("نشانی ایمیل شما منتشر نخواهد شد", "fa", C, Any, 3), // e-mail not published (WP)
    p("بخش های موردنیاز علامت گذاری", "fa", C, Any, 2), // required fields are marked (WP)
    p("از ما حمایت کنید", "fa", D, Any, 3),   // support us
    p("حمایت مالی", "fa", D, Any, 1),         // financial support
    p("خوانندگان عزیز", "fa", D, Any, 1),     // dear readers
    p("روزنامه نگاری مستقل", "fa", D, Any, 1), // independent journalism
    p("عضویت در خبرنامه", "fa", N, Any, 3),   // newsletter sign-up
    // ======== id: Indonesian (entries shared with Malay are here) ========
    p("berita terkait", "id", R, H, 3),       // related news
    p("artikel terkait", "id", R, H, 3),      // related articles
    p("baca juga", "id", R, H, 3),            // read also (also ms)
    p("terpopuler", "id", R, H, 3),           // most popular
    p("berita terbaru", "id", R, H, 3),       // latest news
    p("berita lainnya", "id", R, H, 3),       // other news
    p("paling banyak dibaca", "id", R, H, 3), // most read
    p("baca juga", "id", R, L, 3),            // read also (also ms)
    p("simak juga", "id", R, L, 3),           // see also
    p("lihat juga", "id", R, L, 3),           // see also
    p("artikel terkait", "id", R, L, 3),      // related article
    p("komentar", "id", C, H, 3),             // comments (also ms, sl)
    p("tinggalkan balasan", "id", C, H, 3),   // leave a reply (WP; also ms)
    p("tinggalkan komentar", "id", C, H, 3),  // leave a comment
    p("tulis komentar", "id", C, H, 3),       // write a comment
    p("belum ada komentar", "id", C, H, 3),   // no comments yet
    p("alamat email anda tidak akan dipublikasikan", "id", C, Any, 3), // e-mail not published (WP)
    p("ruas yang wajib ditandai", "id", C, Any, 2), // required fields are marked (WP)
    p("dukung kami", "id", D, Any, 2),        // support us
    p("donasi sekarang", "id", D, Any, 3),    // donate now
    p("dukung jurnalisme", "id", D, Any, 2),  // support journalism
    p("berlangganan sekarang", "id", D, Any, 2), // subscribe now
    p("pembaca yang budiman", "id", D, Any, 1), // dear readers
    p("jurnalisme independen", "id", D, Any, 1), // independent journalism
    p("per bulan", "id", D, Any, 1),          // per month
    // ======== ms: Malay ========
    p("artikel berkaitan", "ms", R, H, 3), // related articles
    p("berita berkaitan", "ms", R, H, 3),  // related news
    p("paling popular", "ms", R, H, 3),    // most popular
    p("berita terkini", "ms", R, H, 3),    // latest news
    p("anda mungkin juga suka", "ms", R, H, 3), // you may also like
    p("baca lagi", "ms", R, L, 3),         // read more
    p("artikel berkaitan", "ms", R, L, 3), // related article
    p("tinggalkan komen", "ms", C, H, 3),  // leave a comment
    p("tambah komen", "ms", C, H, 3),      // add a comment
    p("tiada komen", "ms", C, H, 3),       // no comments
    p("komen", "ms", C, H, 3),             // comments
    p("alamat e mel anda tidak akan disiarkan", "ms", C, Any, 3), // e-mail not published (WP)
    p("medan diperlukan ditanda", "ms", C, Any, 2), // required fields are marked (WP)
    p("sokong kami", "ms", D, Any, 2),     // support us
    p("derma sekarang", "ms", D, Any, 3),  // donate now
    p("buat sumbangan", "ms", D, Any, 3),  // make a donation
    p("pembaca yang dihormati", "ms", D, Any, 1), // dear readers
    p("kewartawanan bebas", "ms", D, Any, 1), // independent journalism
    p("langgan surat berita", "ms", N, Any, 3), // newsletter sign-up
    // ======== vi: Vietnamese ========
    p("tin liên quan", "vi", R, H, 3),        // related news
    p("bài viết liên quan", "vi", R, H, 3),   // related posts
    p("tin mới nhất", "vi", R, H, 3),         // latest news
    p("tin đọc nhiều", "vi", R, H, 3),        // most read news
    p("đọc nhiều nhất", "vi", R, H, 3),       // most read
    p("tin nổi bật", "vi", R, H, 3),          // featured news
    p("có thể bạn quan tâm", "vi", R, H, 3),  // you may be interested
    p("tin cùng chuyên mục", "vi", R, H, 3),  // news in the same section
    p("đọc thêm", "vi", R, L, 3),             // read more
    p("xem thêm", "vi", R, L, 3),             // see more
    p("tin liên quan", "vi", R, L, 3),        // related news
    p("bình luận", "vi", C, H, 3),            // comments
    p("để lại một bình luận", "vi", C, H, 3), // leave a comment (WP)
    p("để lại bình luận", "vi", C, H, 3),     // leave a comment
    p("gửi bình luận", "vi", C, H, 3),        // send a comment
    p("ý kiến bạn đọc", "vi", C, H, 3),       // readers' opinions
    p("chưa có bình luận", "vi", C, H, 3),    // no comments yet
    p("email của bạn sẽ không được hiển thị công khai", "vi", C, Any, 3), // e-mail not published
    p("các trường bắt buộc được đánh dấu", "vi", C, Any, 2), // required fields are marked (WP)
    p("ủng hộ chúng tôi", "vi", D, Any, 2),   // support us
    p("quyên góp ngay", "vi", D, Any, 3),     // donate now
    p("ủng hộ tòa soạn", "vi", D, Any, 2),    // support the newsroom
    p("bạn đọc thân mến", "vi", D, Any, 1),   // dear readers
    p("báo chí độc lập", "vi", D, Any, 1),    // independent journalism
    p("đăng ký nhận bản tin", "vi", N, Any, 3), // newsletter sign-up
    // ======== hi: Hindi (virama and nukta split words; both sides split alike) ========
    p("संबंधित खबरें", "hi", R, H, 3),               // related news
    p("संबंधित ख़बरें", "hi", R, H, 3),               // related news (with nukta)
    p("संबंधित लेख", "hi", R, H, 3),                // related articles
    p("यह भी पढ़ें", "hi", R, H, 3),                // read this too
    p("सबसे ज्यादा पढ़ी गई", "hi", R, H, 3),        // most read
    p("ताजा खबरें", "hi", R, H, 3),                // latest news
    p("ताज़ा ख़बरें", "hi", R, H, 3),                // latest news (with nukta)
    p("अन्य खबरें", "hi", R, H, 3),                 // other news
    p("आपको यह भी पसंद आ सकता है", "hi", R, H, 3), // you may also like
    p("यह भी पढ़ें", "hi", R, L, 3),                // read this too
    p("ये भी पढ़ें", "hi", R, L, 3),                 // read this too
    p("इसे भी पढ़ें", "hi", R, L, 3),                // read this too
    p("और पढ़ें", "hi", R, L, 3),                   // read more
    p("टिप्पणियाँ", "hi", C, H, 3),                // comments
    p("टिप्पणियां", "hi", C, H, 3),                // comments (anusvara spelling)
    p("टिप्पणी करें", "hi", C, H, 3),               // comment
    p("कमेंट करें", "hi", C, H, 3),                  // comment
    p("प्रातिक्रिया दे", "hi", C, H, 3),            // leave a reply (WP)
    p("एक टिप्पणी छोड़ें", "hi", C, H, 3),           // leave a comment
    p("आपका ईमेल पता प्रकाशित नहीं किया जाएगा", "hi", C, Any, 3), // e-mail not published (WP)
    p("आवश्यक फ़ील्ड चिह्नित हैं", "hi", C, Any, 2),   // required fields are marked (WP)
    p("हमारा समर्थन करें", "hi", D, Any, 2),        // support us
    p("अभी दान करें", "hi", D, Any, 3),            // donate now
    p("सदस्य बनें", "hi", D, Any, 2),               // become a member
    p("प्रिय पाठकों", "hi", D, Any, 1),            // dear readers
    p("स्वतंत्र पत्रकारिता", "hi", D, Any, 1),       // independent journalism
    p("न्यूज़लेटर सब्सक्राइब करें", "hi", N, Any, 3),    // newsletter sign-up
    // ======== th: Thai (written without spaces; a phrase must be a whole run of the text) ========
    p("ข่าวที่เกี่ยวข้อง", "th", R, H, 3),                  // related news
    p("บทความที่เกี่ยวข้อง", "th", R, H, 3),               // related articles
    p("เรื่องที่เกี่ยวข้อง", "th", R, H, 3),                 // related stories
    p("ข่าวล่าสุด", "th", R, H, 3),                      // latest news
    p("บทความล่าสุด", "th", R, H, 3),                   // latest articles
    p("ยอดนิยม", "th", R, H, 3),                       // most popular
    p("ข่าวยอดนิยม", "th", R, H, 3),                    // popular news
    p("ข่าวแนะนำ", "th", R, H, 3),                     // recommended news
    p("บทความแนะนำ", "th", R, H, 3),                  // recommended articles
    p("อ่านเพิ่มเติม", "th", R, L, 3),                    // read more
    p("อ่านข่าวที่เกี่ยวข้อง", "th", R, L, 3),               // read related news
    p("ความคิดเห็น", "th", C, H, 3),                    // comments
    p("แสดงความคิดเห็น", "th", C, H, 3),                // post a comment
    p("เขียนความคิดเห็น", "th", C, H, 3),                // write a comment
    p("อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น", "th", C, Any, 3), // e-mail not shown (WP)
    p("ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย", "th", C, Any, 2),  // required fields are marked (WP)
    p("สนับสนุนเรา", "th", D, Any, 2),                  // support us
    p("ร่วมสนับสนุน", "th", D, Any, 1),                  // join in supporting
    p("ผู้อ่านที่รัก", "th", D, Any, 1),                    // dear readers
    p("สมัครรับจดหมายข่าว", "th", N, Any, 3),            // newsletter sign-up
];
