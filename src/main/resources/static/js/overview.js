'use strict';
/* Overview (issue 12 item 3): what is in the graph, the covenants with member counts, and where each of the three
   user groups starts. Uses app.js's helpers (h, put, api, showTab, VIEWS) and i18n.js's t. */
(() => {
  const nf = (x, d = 0) => Number(x).toLocaleString(I18N.locale(), {maximumFractionDigits: d});
  const stat = (n, key) => h`<div class="stat"><strong>${nf(n)}</strong><span>${t(key)}</span></div>`;
  const covName = c => I18N.lang === 'nl' && c.nameNl ? c.nameNl : c.name;

  function starts(me) {
    const go = (view, key) => h`<button type="button" class="small" data-act="goto" data-id="${view}">${t(key)}</button>`;
    return h`<h2>${t('ov.start')}</h2><div class="starts">
      <section class="card"><h3>${t('ov.start.company')}</h3><p>${t('ov.start.company.text')}</p>
        ${go('chain', 'ov.go.chain')} ${go('exp', 'ov.go.exp')}</section>
      <section class="card"><h3>${t('ov.start.group')}</h3><p>${t('ov.start.group.text')}</p>
        ${go('lev', 'ov.go.lev')} ${go('map', 'ov.go.map')}</section>
      <section class="card"><h3>${t('ov.start.advisor')}</h3><p>${t('ov.start.advisor.text')}</p>
        ${go('lev', 'ov.go.lev')} ${go('map', 'ov.go.map')}</section></div>
      ${me.role === 'ANONYMOUS' ? h`<p class="note">${t('ov.anonymous')} <a href="login.html">${t('nav.login')}</a></p>` : ''}`;
  }

  async function show() {
    if (document.getElementById('ov-out').dataset.done) return;
    const [o, covenants] = await Promise.all([api('/api/overview'), api('/api/covenants')]);
    const me = state.me || {role: 'ANONYMOUS'};
    put('ov-out', h`<h2>${t('ov.title')} ${badge(o.syntheticData)}</h2>
      <div class="stats" id="ov-stats">${stat(o.companies, 'ov.companies')}${stat(o.facilities, 'ov.facilities')}
        ${stat(o.countries, 'ov.countries')}${stat(o.links, 'ov.links')}${stat(o.indicators, 'ov.indicators')}</div>
      ${starts(me)}
      <div class="totals">
      ${table('ov-themes', t('ov.themes'), [t('col.theme'), t('col.indicators'), t('col.countries'), t('col.coverage')],
        o.themes.map(x => [theme(x.theme), x.indicators, x.countries,
          h`<span class="meter" style="width:${(100 * x.facilityCoverage).toFixed(0)}%"></span>${nf(100 * x.facilityCoverage, 1)} %`]))}
      ${table('ov-cov', t('ov.covenants'), [t('col.covenant'), t('col.status'), t('col.members')],
        covenants.map(c => [h`<button type="button" class="link" data-act="goto-cov" data-id="${c.code}">${covName(c)}</button>`,
          t('status.' + c.status) === 'status.' + c.status ? c.status : t('status.' + c.status), cnt(c.memberCount)]))}
      </div><p class="facts">${t('ov.revision', {rev: o.graphRevision})}</p>`);
    document.getElementById('ov-out').dataset.done = '1';
  }

  VIEWS.ov = {show};
  ACTIONS.goto = el => showTab(el.dataset.id, true);
  ACTIONS['goto-cov'] = el => {
    showTab('lev', true);
    $('lev-sel').value = 'covenant:' + el.dataset.id;
    covenantNote();
    return leverage();
  };
})();
