'use strict';
/* Ketenlens i18n: every label and message lives in two bundles, i18n/en.json and i18n/nl.json (keys → text,
   {name} placeholders). The language is the one chosen before (localStorage 'ketenlens.lang'), else Dutch when the
   browser asks for Dutch (navigator.language nl…), else English. Static HTML carries data-i18n="key" (text) and
   data-i18n-attr="attr:key;attr:key"; scripts call t(key, {vars}). Switching reloads the page in the new language. */
const I18N = (() => {
  const STORE = 'ketenlens.lang';
  const pick = () => {
    const saved = localStorage.getItem(STORE);
    if (saved === 'nl' || saved === 'en') return saved;
    return (navigator.language || '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
  };
  const lang = pick();
  let bundle = {}, fallback = {};
  const load = l => fetch(`i18n/${l}.json`, {headers: {Accept: 'application/json'}}).then(r => r.json());

  function t(key, vars) {
    let s = bundle[key] ?? fallback[key] ?? key;
    if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => vars[k] != null ? String(vars[k]) : m);
    return s;
  }

  function apply(root = document) {
    root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    root.querySelectorAll('[data-i18n-attr]').forEach(el => el.dataset.i18nAttr.split(';').forEach(pair => {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }));
    document.documentElement.lang = lang;
    if (bundle['app.title']) document.title = t('app.title');
  }

  function set(l) {
    localStorage.setItem(STORE, l);
    location.reload();
  }

  /** A CompanyCount ({value, suppressed, text}) in the page's language: "fewer than 3" → "minder dan 3". */
  function count(c) {
    if (c == null) return '';
    if (!c.suppressed) return c.text;
    const k = (c.text.match(/\d+/) || [''])[0];
    return /all but/.test(c.text) ? t('count.allBut', {k}) : t('count.fewer', {k});
  }

  const ready = (async () => {
    fallback = await load('en');
    bundle = lang === 'en' ? fallback : await load(lang);
    apply();
    const sel = document.getElementById('lang');
    if (sel) {
      sel.value = lang;
      sel.addEventListener('change', () => set(sel.value));
    }
  })();

  return {ready, t, apply, set, count, get lang() { return lang; }, locale: () => (lang === 'nl' ? 'nl-NL' : 'en-GB')};
})();
const t = I18N.t;
