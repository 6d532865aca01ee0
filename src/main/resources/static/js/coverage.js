'use strict';
/* Coverage matrix (issue 11 item 2): for every country × theme, whether the graph has a figure, from which source
   and year — GET /api/themes/coverage, one request per theme (each answers all countries). Rows are countries (a
   long list reads down, 13 themes fit across), columns themes. A cell is one of four kinds, each with its own word
   in the cell so colour is never the only signal:
     data   – a direct (non-proxy) figure that is not stale
     proxy  – only figures that stand in for the theme without measuring it (e.g. poverty for living wage)
     stale  – only figures observed more than report.staleAfterYears before their source's edition (the server's
              rule, ThemeRules.STALE_YEARS, that also lowers their likelihood)
     none   – no source has a figure: unknown, never low risk, so grey hatching and "no data", never a risk colour.
   Coverage is about indicators, not companies: the route is open to everyone (RouteRules), no aggregate rule applies. */
(() => {
  const el = id => document.getElementById(id);
  let loaded = null;   // {themes: [code], cells: Map theme -> Map country -> cell, sources: Map id -> source, staleYears, summaries}
  let chainCountries = null;
  const names = () => {
    try { return new Intl.DisplayNames([I18N.locale()], {type: 'region'}); } catch (e) { return null; }
  };

  /** The kind of a cell: 'data', 'proxy', 'stale' or 'none' (see the header). */
  function kind(cell, staleYears) {
    if (!cell || !cell.hasData || !cell.sources.length) return 'none';
    const fresh = s => !(s.lastObservedYear != null && s.editionYear != null && s.lastObservedYear < s.editionYear - staleYears);
    if (cell.sources.some(s => !s.proxy && fresh(s))) return 'data';
    if (cell.sources.some(s => s.proxy && fresh(s))) return 'proxy';
    return 'stale';
  }

  /** A short name for a source's publisher: its acronym in brackets (ILO, FAO, ILAB), else up to the first comma. */
  function shortPublisher(s) {
    if (!s || !s.publisher) return s ? s.id : '?';
    const acronyms = [...s.publisher.matchAll(/\(([A-Z]{2,8})\)/g)];
    if (acronyms.length) return acronyms[acronyms.length - 1][1];
    return s.publisher.split(/[,:;(]| for | via /)[0].trim();
  }

  const year = c => c.lastObservedYear ?? c.editionYear;
  const years = c => c.firstObservedYear != null && c.firstObservedYear !== c.lastObservedYear
    ? `${c.firstObservedYear}–${c.lastObservedYear}` : String(year(c) ?? '?');

  /** One source of a cell in words: publisher, title, edition, the figure's year(s), proxy/stale. */
  function sourceLine(c, staleYears) {
    const s = loaded.sources.get(c.sourceId) || {id: c.sourceId, title: c.label};
    const stale = c.lastObservedYear != null && c.editionYear != null && c.lastObservedYear < c.editionYear - staleYears;
    return t('cov.sourceLine', {publisher: s.publisher || s.id, title: s.title || c.label, edition: s.edition || '–',
      year: c.editionYear ?? '–', observed: years(c), n: c.indicators})
      + (c.proxy ? ' · ' + t('cov.kind.proxy') : '') + (stale ? ' · ' + t('cov.kind.stale') : '');
  }

  function cellHtml(themeCode, country) {
    const cell = (loaded.cells.get(themeCode) || new Map()).get(country), k = kind(cell, loaded.staleYears);
    const label = t('cov.cell.' + k);
    if (k === 'none') {
      return h`<td class="cov cov-none" data-kind="none" data-theme="${themeCode}" data-country="${country}"
        title="${t('cov.tip.none', {theme: theme(themeCode), country})}"><button type="button" class="cov-btn" data-act="cov-cell"
        data-theme="${themeCode}" data-country="${country}">${label}</button></td>`;
    }
    const best = [...cell.sources].sort((a, b) => (a.proxy - b.proxy) || ((year(b) ?? 0) - (year(a) ?? 0)))[0];
    const pubs = [...new Set(cell.sources.map(s => shortPublisher(loaded.sources.get(s.sourceId))))];
    const tip = cell.sources.map(s => sourceLine(s, loaded.staleYears)).join('\n');
    return h`<td class="cov cov-${k}" data-kind="${k}" data-theme="${themeCode}" data-country="${country}" title="${tip}">
      <button type="button" class="cov-btn" data-act="cov-cell" data-theme="${themeCode}" data-country="${country}">
      ${k === 'data' ? '' : h`<span class="cov-word">${label}</span> `}<span class="cov-year">${year(best) ?? ''}</span>
      <small class="cov-src">${pubs.slice(0, 2).join(' + ')}${pubs.length > 2 ? ` +${pubs.length - 2}` : ''}</small></button></td>`;
  }

  async function load() {
    if (loaded) return loaded;
    const first = await api('/api/themes/coverage');
    const themes = first.themes.map(x => x.theme);
    const per = await Promise.all(themes.map(x => api('/api/themes/coverage', {theme: x})));
    const cells = new Map();
    per.forEach((r, i) => cells.set(themes[i], new Map(r.cells.map(c => [c.country, c]))));
    loaded = {themes, cells, summaries: new Map(first.themes.map(x => [x.theme, x])), staleYears: first.staleAfterYears,
      sources: new Map(first.sources.map(s => [s.id, s])), countries: per.length ? per[0].cells.map(c => c.country) : [],
      revision: first.revision};
    return loaded;
  }

  /** The countries of the logged-in company's own chain (company users only). */
  async function ownChainCountries() {
    if (chainCountries) return chainCountries;
    const me = state.me || {};
    if (!me.companyId) return [];
    const r = await api(`/api/companies/${enc(me.companyId)}/chain`, {depth: 12});
    chainCountries = [...new Set(r.nodes.map(n => n.country).filter(Boolean))];
    return chainCountries;
  }

  async function rows() {
    const which = el('cov-rows').value;
    let list = loaded.countries;
    if (which === 'data') list = list.filter(c => loaded.themes.some(x => kind((loaded.cells.get(x) || new Map()).get(c), 0) !== 'none'));
    if (which === 'chain') list = (await ownChainCountries()).filter(c => loaded.countries.includes(c));
    const dn = names(), q = el('cov-q').value.trim().toLowerCase();
    const named = list.map(c => ({code: c, name: (dn && dn.of(c)) || c}))
      .filter(x => !q || x.code.toLowerCase() === q || x.name.toLowerCase().includes(q));
    return named.sort((a, b) => a.name.localeCompare(b.name, I18N.locale()));
  }

  async function draw() {
    const started = performance.now();
    await load();
    const list = await rows();
    const counts = {data: 0, proxy: 0, stale: 0, none: 0};
    list.forEach(r => loaded.themes.forEach(x => counts[kind(loaded.cells.get(x).get(r.code), loaded.staleYears)]++));
    const sw = k => h`<span class="cov-key cov-${k}">${t('cov.cell.' + k)}</span>`;
    put('cov-facts', h`${t('cov.facts', {rows: list.length, cols: loaded.themes.length, data: counts.data, proxy: counts.proxy,
      stale: counts.stale, none: counts.none})} · ${tr('common.revision', {rev: loaded.revision})}`);
    put('cov-legend', h`${sw('data')} ${t('cov.legend.data')} ${sw('proxy')} ${t('cov.legend.proxy')}
      ${sw('stale')} ${t('cov.legend.stale', {n: loaded.staleYears})} ${sw('none')} ${t('cov.legend.none')}`);
    put('cov-out', h`<div class="tw cov-wrap"><table id="cov-t"><caption>${t('cov.caption')}</caption>
      <thead><tr><th scope="col">${t('col.country')}</th>${loaded.themes.map(x => h`<th scope="col" class="cov-th"
        title="${t('cov.themeSummary', {n: loaded.summaries.get(x).countriesWithData})}">${theme(x)}<br><small>${t('cov.themeCount',
        {n: loaded.summaries.get(x).countriesWithData})}</small></th>`)}</tr></thead>
      <tbody>${list.length ? list.map(r => h`<tr data-country="${r.code}"><th scope="row">${r.name} <code>${r.code}</code></th>
        ${loaded.themes.map(x => cellHtml(x, r.code))}</tr>`)
        : h`<tr><td colspan="${loaded.themes.length + 1}" class="muted">${tr('table.none')}</td></tr>`}</tbody></table></div>`);
    el('cov-out').dataset.renderMillis = String(Math.round(performance.now() - started)); // requests (first time) + table
    el('cov-out').dataset.cells = String(list.length * loaded.themes.length);
  }

  /** A cell in full in the detail dialog: the server's statement and every source with its link. */
  function showCell(btn) {
    const {theme: x, country: c} = btn.dataset, cell = loaded.cells.get(x).get(c), k = kind(cell, loaded.staleYears);
    const dn = names();
    detail(h`<h2 id="detail-title">${theme(x)} · ${(dn && dn.of(c)) || c} <code>${c}</code></h2>
      <p><span class="cov-key cov-${k}">${t('cov.cell.' + k)}</span> ${t('cov.explain.' + k, {n: loaded.staleYears})}</p>
      ${k === 'none' ? '' : h`<ul class="risks">${cell.sources.map(s => {
        const src = loaded.sources.get(s.sourceId);
        return h`<li>${sourceLine(s, loaded.staleYears)}${src && safeUrl(src.url) ? h` — <a href="${src.url}" target="_blank" rel="noopener">${t('cov.link')}</a>` : ''}</li>`;
      })}</ul>`}
      <p class="facts" lang="en">${t('cov.server')} ${cell ? cell.statement : ''}</p>`);
  }

  async function show() {
    const me = state.me || {};
    const chainOpt = el('cov-rows').querySelector('option[value=chain]');
    chainOpt.hidden = chainOpt.disabled = !me.companyId;
    if (!el('cov-out').dataset.cells) await draw();
  }

  function init() {
    el('cov-form').addEventListener('submit', e => { e.preventDefault(); attempt(draw)(); });
    el('cov-rows').addEventListener('change', () => attempt(draw)());
  }

  TABS.splice(TABS.indexOf('map') + 1, 0, 'cov');
  VIEWS.cov = {show};
  ACTIONS['cov-cell'] = showCell;
  document.addEventListener('DOMContentLoaded', init);
  window.ketenlensCoverage = {kind, shortPublisher, data: () => loaded};
})();
