'use strict';
/* Server texts in the page's language (issue 12 item 6). Problem details (RFC 9457) come from the server in
   English; their type URI (…/problems/not-found, aggregate-only, bad-parameter, …) and properties (kind, id,
   parameter) are codes, so the title and, where a template exists, the detail are taken from the bundles
   (problem.<type>.title / .detail). The server's own English detail stays one click away ("Server message"),
   since it may name the exact value that was wrong. Facility types and blind-spot reasons are codes too. */
const ServerTexts = (() => {
  const has = key => I18N.t(key) !== key;

  /** {title, detail, original}: original = the server's English detail when a Dutch text replaced or precedes it. */
  function problem(e) {
    const p = e.problem || {};
    const type = typeof p.type === 'string' ? p.type.replace(/^.*\/problems\//, '') : null;
    if (I18N.lang === 'en' || !type) return {title: e.title, detail: e.message, original: null};
    const vars = {kind: kind(p.kind), id: p.id, parameter: p.parameter};
    const title = has(`problem.${type}.title`) ? I18N.t(`problem.${type}.title`, vars) : e.title;
    return has(`problem.${type}.detail`) ? {title, detail: I18N.t(`problem.${type}.detail`, vars), original: e.message}
      : {title, detail: '', original: e.message};
  }

  /** A facility type or node kind (refinery, mine …) in the page's language; unknown codes as they are. */
  const kind = k => k && has('kind.' + k) ? I18N.t('kind.' + k) : k;
  const blindReason = r => has('blind.' + r) ? I18N.t('blind.' + r) : String(r).replace(/_/g, ' ');
  return {problem, kind, blindReason};
})();
