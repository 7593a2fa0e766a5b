/*
 * Localises an extension page (popup, options): every element with `data-i18n="key"` gets the
 * message as its text, `data-i18n-title` / `data-i18n-aria-label` as those attributes. Text only,
 * never markup. Also sets the page's lang and dir from the UI locale.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;

  function t(key, subs) {
    return api.i18n.getMessage(key, subs) || key;
  }

  function localise(root) {
    const doc = root.ownerDocument || root;
    doc.documentElement.lang = api.i18n.getUILanguage();
    doc.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
    for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
    for (const el of root.querySelectorAll('[data-i18n-aria-label]')) {
      el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
    }
  }

  global.BoilerfoldI18n = Object.freeze({ t, localise });
})(globalThis);
