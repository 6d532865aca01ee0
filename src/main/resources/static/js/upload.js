'use strict';
/* Upload (issue 12 item 5): the CLI's import formats from the browser. First a dry run (POST /api/imports/{kind}
   ?dryRun=true): the report with errors by line and field, warnings and what would be created / updated; then
   "Import" writes it. XMLHttpRequest for upload progress and cancel; the CSRF token comes from the XSRF-TOKEN
   cookie. The admin imports anything; a company user its own supplier data (links from its company or chain,
   facilities it adds or reaches), which the server checks row by row (ingest/ImportScope): here only the kinds it
   may use are offered. */
(() => {
  const el = id => document.getElementById(id);
  let xhr = null;

  const csrf = () => {
    const c = document.cookie.split('; ').find(x => x.startsWith('XSRF-TOKEN='));
    return c ? decodeURIComponent(c.substring('XSRF-TOKEN='.length)) : '';
  };

  function send(dryRun) {
    const file = el('up-file').files[0], kind = el('up-kind').value;
    if (!file) return Promise.reject(Object.assign(new Error(t('up.needFile')), {title: t('err.nothingSelected')}));
    const form = new FormData();
    form.append('file', file);
    const qs = new URLSearchParams({dryRun: String(dryRun), skipInvalid: String(el('up-skip').checked)});
    for (const p of ['supplier', 'buyer']) if (el('up-' + p).value.trim()) qs.set(p, el('up-' + p).value.trim());
    return new Promise((resolve, reject) => {
      xhr = new XMLHttpRequest();
      xhr.open('POST', `api/imports/${enc(kind)}?${qs}`);
      xhr.setRequestHeader('X-XSRF-TOKEN', csrf());
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = e => e.lengthComputable && (el('up-progress').value = e.loaded / e.total);
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
        xhr = null;
        el('up-progress').value = 1;
        // 200: the report; 400 "Import refused": a problem detail that carries the same errors and counts
        if (body && Array.isArray(body.errors)) resolve(body);
        else reject(Object.assign(new Error((body && body.detail) || t('up.failed')), {title: (body && body.title) || t('up.failed'), problem: body || {}}));
      };
      xhr.onerror = () => { xhr = null; reject(Object.assign(new Error(t('up.failed')), {title: t('err.unreachable')})); };
      xhr.onabort = () => { xhr = null; reject(Object.assign(new Error(t('common.cancelled.detail')), {title: t('common.cancelled')})); };
      el('up-progress').value = 0;
      xhr.send(form);
    });
  }

  function report(r, dryRun) {
    const errors = r.errors || [], warnings = r.warnings || [];
    put('up-out', h`<section class="card" id="up-report" tabindex="-1">
      <h2>${dryRun ? t('up.dryTitle') : t('up.doneTitle')}: <code>${r.file}</code></h2>
      <p class="facts">${t('up.counts', {read: r.read, created: r.created ?? 0, updated: r.updated ?? 0, unchanged: r.unchanged ?? 0, rejected: r.rejected ?? 0})}</p>
      ${errors.length ? table('up-errors', t('up.errors', {n: errors.length}), [t('up.line'), t('up.field'), t('up.message')],
        errors.map(e => [e.line, h`<code>${e.field || '–'}</code>`, e.message])) : h`<p>${t('up.noErrors')}</p>`}
      ${warnings.length ? h`<h3>${t('up.warnings', {n: warnings.length})}</h3><ul>${warnings.slice(0, 100).map(w => h`<li>${w}</li>`)}</ul>` : ''}
      ${dryRun && !errors.length ? h`<button type="button" data-act="up-confirm">${t('up.confirm')}</button>` : ''}</section>`);
    el('up-report').focus();
  }

  const check = async () => report(await send(true), true);
  ACTIONS['up-confirm'] = async () => report(await send(false), false);
  ACTIONS['up-cancel'] = () => xhr && xhr.abort();

  document.addEventListener('DOMContentLoaded', () => el('up-form').addEventListener('submit', e => {
    e.preventDefault();
    attempt(check)();
  }));
  /** Kinds a company user may import; the rest are the admin's (refused with 403 by the server anyway). */
  const COMPANY_KINDS = ['links', 'facilities', 'osh', 'cmrt', 'emrt'];
  VIEWS.up = {show: () => {
    const role = state.me ? state.me.role : 'ANONYMOUS', company = role === 'COMPANY';
    for (const o of el('up-kind').options) o.hidden = o.disabled = company && !COMPANY_KINDS.includes(o.value);
    if (el('up-kind').selectedOptions[0].disabled) el('up-kind').value = 'links';
    if (company && !el('up-out').firstChild) put('up-out', h`<p class="note">${t('up.companyScope', {company: state.me.companyId})}</p>`);
    else if (role !== 'ADMIN' && !company) put('up-out', h`<p class="note">${t('up.adminOnly')}</p>`);
  }};
})();
