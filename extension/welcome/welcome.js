/*
 * The first-run page (the background opens it once, on install): a sample fold made by the
 * real fold bar (content/bar.js), the keyboard shortcut and where this browser changes it, the
 * categories to fold (the same storage as the options page: common/categories.js), and privacy.
 * Text only through the catalogue and textContent.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;
  const { t, localise } = global.BoilerfoldI18n;
  const doc = global.document;
  const COMMAND = 'toggle-page';
  // Only Firefox has runtime.getBrowserInfo.
  const FIREFOX = typeof api.runtime.getBrowserInfo === 'function';

  global.BoilerfoldCategoryToggles.mount(doc.getElementById('categories'));
  localise(doc);

  // The made-up site of the sample, in the note "Not clutter" leaves.
  const SAMPLE_SITE = 'example.com';

  /**
   * The sample: a made-up appeal folded by a real bar (content/bar.js) in the sample's own look;
   * clicking it shows the block with the end line, its ⋯ menu has Why? and Not clutter (which
   * leaves the bar's note, with Undo), as on a page (content/fold.js does this there).
   */
  function sample() {
    const folded = doc.getElementById('sample-fold');
    const kept = doc.getElementById('sample-kept');
    const text = doc.getElementById('sample-appeal').textContent;
    const css = global.getComputedStyle(folded.parentElement);
    const look = { font: css.fontFamily, size: parseFloat(css.fontSize), color: css.color };
    const folds = [
      {
        label: 'donation',
        chars: text.length,
        reasons: [
          { code: 'wording', label: 'donation', args: [t('welcomeSamplePhrase'), api.i18n.getUILanguage()], node: 0 },
          { code: 'amount', label: 'donation', args: [], node: 0 },
        ],
      },
    ];
    let end = null;
    const setOpen = (bar, open) => {
      folded.hidden = !open;
      folded.classList.toggle('open', open);
      bar.setOpen(open);
      if (open && !end) {
        end = global.BoilerfoldBar.createEnd(doc, folds, look, () => {
          setOpen(bar, false);
          bar.focus();
        });
        folded.after(end);
      } else if (!open && end) {
        end.remove();
        end = null;
      }
    };
    const make = () => {
      const bar = global.BoilerfoldBar.create(doc, folds, [folded], {
        look,
        onToggle: (open) => setOpen(bar, open),
        onKeep: () => {
          setOpen(bar, false);
          folded.hidden = false;
          kept.hidden = false;
          bar.showKept(SAMPLE_SITE, () => {
            // Undo: folded again, with a fresh bar, as on a page.
            kept.hidden = true;
            folded.hidden = true;
            const again = make();
            bar.host.replaceWith(again.host);
            again.focus();
          });
        },
      });
      return bar;
    };
    doc.getElementById('sample-slot').replaceWith(make().host);
  }

  /** The shortcut as set now (the user may have changed it), and how to change it here. */
  async function shortcut() {
    const key = doc.getElementById('shortcut');
    const how = doc.getElementById('shortcut-how');
    const open = doc.getElementById('shortcut-open');
    try {
      const commands = await api.commands.getAll();
      const command = commands.find((c) => c.name === COMMAND);
      if (command && command.shortcut) key.textContent = command.shortcut;
      else key.textContent = t('welcomeShortcutNone');
    } catch {
      // Keep the default written in the page.
    }
    how.textContent = t(FIREFOX ? 'welcomeShortcutFirefox' : 'welcomeShortcutChromium');
    how.dataset.browser = FIREFOX ? 'firefox' : 'chromium';
    // Firefox 137 and later open the shortcuts page themselves; earlier ones only by hand.
    const openPage = FIREFOX
      ? typeof api.commands.openShortcutSettings === 'function' && (() => api.commands.openShortcutSettings())
      : () => api.tabs.create({ url: 'chrome://extensions/shortcuts' });
    if (openPage) {
      open.hidden = false;
      open.addEventListener('click', () => Promise.resolve(openPage()).catch(() => {}));
    }
  }

  doc.getElementById('open-options').addEventListener('click', () => {
    Promise.resolve(api.runtime.openOptionsPage()).catch(() => {});
  });

  try {
    sample();
  } catch (err) {
    // The page still explains everything without the sample.
    console.warn('[Boilerfold] sample fold:', err && err.message ? err.message : err);
  }
  shortcut().catch(() => {});
})(globalThis);
