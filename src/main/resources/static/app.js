'use strict';
/* Ketenlens browser UI: plain JavaScript over the REST API under /api. No build step, nothing loaded from elsewhere.
   Rendering is "data in, HTML string out"; h`` escapes every value it interpolates unless it is already built HTML. */

// Code lists of the reference data (seed-data/reference/themes.csv and sectors.csv); the API has no endpoint for them.
const THEMES = {
  child_labour: 'Child labour', forced_labour: 'Forced labour', living_wage: 'Living wage',
  freedom_of_association: 'Freedom of association', health_safety: 'Health and safety',
  gender: "Gender and women's rights", land_rights: 'Land rights', deforestation: 'Deforestation',
  biodiversity: 'Biodiversity', pollution: 'Pollution', ghg: 'Greenhouse-gas emissions', corruption: 'Corruption',
  conflict: 'Conflict and high-risk areas'
};
const SECTORS = {
  construction: 'Construction', chemicals: 'Chemicals', retail: 'Retail', energy: 'Energy',
  financial: 'Financial sector', wholesale: 'Wholesale', wood_paper: 'Wood and paper',
  agriculture_horticulture: 'Agriculture and horticulture', metal: 'Metal', electronics: 'Electronics',
  oil_gas: 'Oil and gas', textile: 'Textile and garments', food: 'Food products'
};
const tr = (key, vars) => I18N.t(key, vars); // i18n.js: every label and message from i18n/{nl,en}.json
const MAX_ROWS = 150; // longer lists are cut in the page (the count says so); the API has them all

const state = {
  lev: {engaged: [], extra: null},
  exp: {company: null, engaged: []},
  names: new Map(),      // facility id -> name, learnt from every answer, so paths can show names
  companies: new Map(),  // company id -> summary from /api/companies
  covenants: new Map()
};

// ---- HTML building ----
class Html { constructor(s) { this.s = s; } }
const ESC = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const out = v => v instanceof Html ? v.s : Array.isArray(v) ? v.map(out).join('')
  : v == null ? '' : String(v).replace(/[&<>"']/g, c => ESC[c]);
const h = (strs, ...vals) => new Html(strs.reduce((acc, s, i) => acc + s + (i < vals.length ? out(vals[i]) : ''), ''));
const $ = id => document.getElementById(id);
const put = (id, html) => { $(id).innerHTML = out(html); };
const enc = encodeURIComponent;

const num = (x, d = 2) => x == null ? '–' : Number(x).toLocaleString('en', {maximumFractionDigits: d, useGrouping: false});
const pct = x => x == null ? tr('common.unknown') : (x * 100).toFixed(1) + ' %';
const theme = k => k ? (I18N.t('theme.' + k) !== 'theme.' + k ? I18N.t('theme.' + k) : THEMES[k] || k) : I18N.t('theme.all');
/** "3 facilities" from the bundle keys word.one / word.many ({n} in them). */
const plural = (n, key) => tr(n === 1 ? key + '.one' : key + '.many', {n});
const badge = on => on ? h`<span class="badge" title="${tr('badge.title')}">${tr('badge.synthetic')}</span>` : '';
const sector = code => I18N.t('sector.' + code) !== 'sector.' + code ? I18N.t('sector.' + code) : SECTORS[code] || code;
const safeUrl = u => u && /^https?:\/\//i.test(u) ? u : null;

function source(s) {
  if (!s) return h`<span class="muted">${tr('common.noSource')}</span>`;
  const name = safeUrl(s.url) ? h`<a href="${s.url}" target="_blank" rel="noopener" title="${s.title || ''}">${s.publisher}</a>` : s.publisher;
  return h`<span class="src">${name}${s.edition ? h`, ${s.edition}` : ''}${s.year ? h` (${s.year})` : ''}</span>`;
}
const sources = list => list.map(s => h`<div>${source(s)}</div>`);

const facBtn = (id, name) => {
  if (name) state.names.set(id, name);
  return h`<button type="button" class="link" data-act="facility" data-id="${id}" title="${tr('title.facility', {id})}">${name || state.names.get(id) || id}</button>`;
};
const facCell = (id, name) => h`${facBtn(id, name)}<br><code>${id}</code>`;
const ctyBtn = c => c ? h`<button type="button" class="link" data-act="country" data-id="${c}" title="${tr('title.country', {c})}">${c}</button>` : tr('common.unknown');
const coBtn = id => h`<button type="button" class="link" data-act="company" data-id="${id}" title="${tr('title.company', {id})}">${(state.companies.get(id) || {}).name || id}</button>`;
const engageBtn = (id, scope) => {
  const on = state[scope].engaged.includes(id);
  return h`<button type="button" class="small" data-act="engage" data-scope="${scope}" data-id="${id}" aria-pressed="${String(on)}"
    title="${tr('engage.title')}">${on ? tr('engage.on') : tr('engage.off')}</button>`;
};
const more = (items, n, label) => items.length <= n ? items
  : h`${items.slice(0, n)}<details><summary>${tr('common.more', {n: items.length - n, what: label})}</summary>${items.slice(n)}</details>`;

function risks(list) {
  if (!list || !list.length) return '';
  return h`<details><summary>${plural(list.length, 'n.indicator')}</summary><ul class="risks">${list.map(i =>
    h`<li>${theme(i.theme)} · ${ServerTexts.goods(i)} · ${i.region || i.country} · ${tr('chain.riskWeight')} ${num(i.riskWeight)} — ${source(i.source)}</li>`)}</ul></details>`;
}

/** A sortable table; cells of columns named '' hold actions and stay out of sorting and CSV. */
function table(id, caption, head, rows, total) {
  const shown = rows.slice(0, MAX_ROWS);
  const note = (total ?? rows.length) > shown.length ? ` ${tr('table.first', {n: shown.length, total: total ?? rows.length})}` : '';
  return h`<div class="tw"><button type="button" class="small csv" data-act="csv" data-id="${id}"
      aria-label="${tr('table.csv', {caption})}">CSV</button><table id="${id}"><caption>${caption}${note}</caption>
    <thead><tr>${head.map(c => c ? h`<th scope="col"><button type="button" class="sort" data-act="sort">${c}</button></th>` : h`<th scope="col" class="act"><span class="sr">${tr('table.actions')}</span></th>`)}</tr></thead>
    <tbody>${shown.length ? shown.map(r => h`<tr>${r.map((c, i) => h`<td${head[i] ? '' : h` class="act"`}>${c}</td>`)}</tr>`)
      : h`<tr><td colspan="${head.length}" class="muted">${tr('table.none')}</td></tr>`}</tbody></table></div>`;
}

// ---- API access, busy state and problem details ----
let pending = 0;
/** Every request can be cancelled with the button next to "Loading…" (aborts all requests under way). */
let cancel = new AbortController();
function busy(delta) {
  pending += delta;
  put('busy', pending ? h`${tr('common.loading')} <button type="button" class="small" data-act="cancel">${tr('common.cancel')}</button>` : '');
  document.querySelector('main').setAttribute('aria-busy', String(pending > 0));
}

async function api(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v != null && v !== '' && !(Array.isArray(v) && !v.length)) qs.set(k, String(v));
  }
  busy(1);
  try {
    const res = await fetch(path + (qs.toString() ? '?' + qs : ''), {headers: {Accept: 'application/json'}, signal: cancel.signal})
      .catch(e => { throw e.name === 'AbortError' ? Object.assign(new Error(tr('common.cancelled.detail')), {title: tr('common.cancelled')}) : e; });
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      throw Object.assign(new Error((body && body.detail) || res.statusText),
        {title: (body && body.title) || 'HTTP ' + res.status, problem: body || {}});
    }
    return body;
  } finally {
    busy(-1);
  }
}

function showError(e) {
  const p = e.problem || {};
  $('msg').hidden = false;
  const local = ServerTexts.problem(e); // Dutch title and detail from the problem's type (js/texts.js)
  put('msg', h`<strong>${local.title || tr('err.unreachable')}</strong>: ${local.detail}
    ${local.original ? h`<details class="inline"><summary>${tr('problem.server')}</summary><span>${local.original}</span></details>` : ''}
    ${p.parameter ? h` (${tr('err.parameter')} <code>${p.parameter}</code>)` : ''}${p.status ? h` <small>HTTP ${p.status}</small>` : ''}
    <button type="button" class="small" data-act="dismiss">${tr('common.dismiss')}</button>`);
}
const attempt = fn => async (...args) => {
  $('msg').hidden = true;
  try { await fn(...args); } catch (e) { showError(e); }
};

// ---- Sector leverage ----
function levParams() {
  const [by, value] = $('lev-sel').value.split(':');
  return {[by]: value, theme: $('lev-theme').value, engaged: state.lev.engaged};
}

async function leverage() {
  if (!$('lev-sel').value) throw Object.assign(new Error(tr('chain.needSelection')), {title: tr('err.nothingSelected')});
  const p = levParams();
  const r = await api('/api/leverage', {...p, top: $('lev-top').value});
  put('lev-out', renderLeverage(r));
  renderEngaged();
  history.replaceState(null, '', '#lev?' + new URLSearchParams({...p, engaged: p.engaged.join(',')}));
}

/** A company count as the server lets this user see it: a number, or e.g. "fewer than 3". */
const cnt = c => I18N.count(c);
const cntPlural = (c, key) => c.suppressed ? tr(key + '.many', {n: cnt(c)}) : plural(c.value, key);

function scopeLine(s) {
  const sel = s.selection;
  return h`${tr('by.' + sel.by)} <strong>${sel.value}</strong>: ${cntPlural(sel.companyCount, 'n.company')}
    (${tr('scope.members', {n: cnt(sel.memberCount)})}) · ${theme(s.theme)}${s.engaged.length ? h` · ${tr('scope.whatIf', {n: s.engaged.length})}` : ''}`;
}

function renderLeverage(r) {
  const s = r.scope, b = r.betweenness;
  return h`<h2>${tr('lev.title')} ${badge(s.syntheticData)}</h2>
  <p class="facts">${scopeLine(s)} · ${tr('lev.facts', {n: r.riskBearingFacilities, total: num(r.totalExposure, 1)})} ·
    ${b.sampled ? tr('lev.sampled', {pivots: b.pivots, error: num(b.errorBound, 3)}) : tr('lev.exact')}
    · ${tr('common.revision', {rev: s.graphRevision})}</p>
  ${s.selection.companyCount.value !== 0 ? '' : h`<p class="note">${tr('lev.empty')}</p>`}
  ${table('lev-t', tr('lev.ranked'), ['#', tr('col.facility'), tr('col.type'), tr('col.country'), tr('col.companiesReached'), tr('col.membersReached'),
    tr('col.pathShare'), tr('col.chokepoint'), tr('col.why'), ''], r.facilities.map(f => [f.rank, facCell(f.facilityId, f.name), ServerTexts.kind(f.type),
    h`${ctyBtn(f.country)} <small>${f.region || ''}</small>`, h`${cnt(f.reachCompanies)}${f.inOwnChain ? h`<br><small>${tr('lev.ownChain')}</small>` : ''}`, cnt(f.reachMembers), pct(f.betweennessShare),
    f.chokepoint ? h`<strong>${tr('common.yes')}</strong><br><small>${f.dominatedHotspots.join(', ')}</small>` : tr('common.no'),
    h`${ServerTexts.facilityWhy(f, s.selection.companyCount)}${risks(f.indicators)}`, engageBtn(f.facilityId, 'lev')]))}
  ${table('hot-t', tr('hot.caption'), [tr('lev.hotspot'), tr('col.riskFacilities'),
    tr('col.exposedCompanies'), tr('col.exposure'), tr('col.chokepoints'), ''], r.hotspots.map(x => [h`<code>${x.hotspot}</code>`, x.targets,
    cnt(x.exposedCompanies), num(x.exposure, 1), x.chokepointIds.length ? more(x.chokepointIds.map(id => h`${facBtn(id)} `), 5, tr('col.chokepoints')) : tr('table.none'),
    h`<button type="button" class="small" data-act="cut" data-id="${x.hotspot}" title="${tr('cut.title')}">${tr('cut.button')}</button>`]))}`;
}

function renderEngaged() {
  const list = state.lev.engaged;
  put('lev-engaged', list.length ? h`${tr('whatif.engaged')} ${list.map(id => h`<span class="chip">${state.names.get(id) || id}
    <button type="button" class="small" data-act="engage" data-scope="lev" data-id="${id}" aria-label="${tr('whatif.stop', {id})}">×</button></span>`)}
    <button type="button" class="small" data-act="reset-lev">${tr('whatif.reset')}</button>` : '');
}

async function plan() {
  state.lev.extra = plan;
  const r = await api('/api/leverage/plan', {...levParams(), budget: $('lev-budget').value});
  put('lev-extra', h`<section class="card"><h2>${tr('plan.title', {n: plural(r.budget, 'n.facility')})} ${badge(r.scope.syntheticData)}</h2>
    <p class="facts">${scopeLine(r.scope)} · ${tr('plan.total', {total: num(r.totalExposure, 1)})} · ${ServerTexts.guarantee(r)}</p>
    <div class="plan">${curve(r.curve)}
    ${table('plan-t', tr('plan.steps'), ['#', tr('col.facility'), tr('col.type'), tr('col.country'), tr('col.covered'), tr('col.companies'), tr('col.behind'), tr('col.why'), ''],
      r.steps.map(x => [x.rank, x.facilityId ? facCell(x.facilityId, x.name) : h`<em>${tr('plan.withheld')}</em>`, ServerTexts.kind(x.type), x.country ? ctyBtn(x.country) : '–', pct(x.coveredShare), cnt(x.companies),
        x.targets, ServerTexts.planWhy(x, r.totalExposure), x.facilityId ? engageBtn(x.facilityId, 'lev') : '']))}</div></section>`);
}

function curve(c) {
  const W = 280, H = 150, L = 40, B = 30, T = 10, R = 10;
  const x = i => L + i * (W - L - R) / Math.max(1, c.length), y = v => H - B - v * (H - B - T);
  const pts = [0, ...c].map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return h`<svg class="curve" viewBox="0 0 ${W} ${H}" role="img" aria-label="${tr('curve.label')} ${c.map(pct).join(', ')}">
    <line class="axis" x1="${L}" y1="${y(0)}" x2="${W - R}" y2="${y(0)}"/><line class="axis" x1="${L}" y1="${T}" x2="${L}" y2="${y(0)}"/>
    <line class="grid" x1="${L}" y1="${y(0.5)}" x2="${W - R}" y2="${y(0.5)}"/><line class="grid" x1="${L}" y1="${y(1)}" x2="${W - R}" y2="${y(1)}"/>
    <text x="${L - 4}" y="${y(1) + 4}" text-anchor="end">100 %</text><text x="${L - 4}" y="${y(0.5) + 4}" text-anchor="end">50 %</text>
    <text x="${L - 4}" y="${y(0) + 4}" text-anchor="end">0</text>
    ${c.map((v, i) => h`<text x="${x(i + 1)}" y="${y(0) + 14}" text-anchor="middle">${i + 1}</text>`)}
    <text x="${(L + W) / 2}" y="${H - 2}" text-anchor="middle">${tr('curve.axis')}</text>
    <polyline points="${pts}"/>
    ${c.map((v, i) => h`<circle cx="${x(i + 1).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3.5"><title>${i + 1}: ${pct(v)}</title></circle>`)}</svg>`;
}

async function cut() {
  const hotspot = $('lev-hotspot').value.trim();
  if (!hotspot) throw Object.assign(new Error(tr('cut.need')), {title: tr('cut.none')});
  state.lev.extra = cut;
  const p = levParams();
  const r = await api('/api/leverage/cut', {...p, theme: null, hotspot});
  put('lev-extra', h`<section class="card"><h2>${tr('cut.titleFor')} <code>${r.hotspot}</code> ${badge(r.scope.syntheticData)}</h2>
    <p class="facts">${scopeLine(r.scope)} · ${tr('cut.facts', {n: cnt(r.exposedCompanies), targets: r.targets})} ·
      ${r.separable ? tr('cut.size', {n: r.cutSize}) : tr('cut.inseparable')}</p>
    <p>${ServerTexts.cutWhy(r)}</p>
    ${r.separable ? h`${table('cut-t', tr('cut.caption'), [tr('col.facility'), tr('col.type'), tr('col.country'), tr('col.region'), ''],
        r.cut.map(f => [facCell(f.facilityId, f.name), ServerTexts.kind(f.type), ctyBtn(f.country), f.region || '–', engageBtn(f.facilityId, 'lev')]))}
      <button type="button" data-act="engage-all" data-ids="${r.cut.map(f => f.facilityId).join(',')}">${tr('cut.engageAll', {n: r.cut.length})}</button>`
      : r.blockingCompanyIds ? h`<p>${tr('cut.blocking')} ${r.blockingCompanyIds.map(id => h`${coBtn(id)} `)}</p>` : ''}</section>`);
}

async function groups() {
  state.lev.extra = groups;
  const r = await api('/api/leverage/groups', levParams());
  put('lev-extra', h`<section class="card"><h2>${tr('lev.groups')} ${badge(r.scope.syntheticData)}</h2>
    <p class="facts">${scopeLine(r.scope)} · ${tr('groups.threshold', {t: r.threshold})} ·
      ${tr('groups.ungrouped', {n: cnt(r.ungrouped)})}${r.ungroupedIds && r.ungroupedIds.length ? ': ' : ''}${(r.ungroupedIds || []).map(id => h`${coBtn(id)} `)}</p>
    ${table('grp-t', tr('groups.caption'), ['#', tr('col.companies'), tr('col.similarity'), tr('col.sharedHotspots'), tr('col.why')],
      r.groups.map(g => [g.rank, h`${cnt(g.companies)}<br>${g.companyIds ? more(g.companyIds.map(id => h`${coBtn(id)}<br>`), 6, tr('col.companies')) : ''}`,
        num(g.meanSimilarity), more(g.sharedHotspots.map(k => h`<code>${k}</code> `), 6, tr('col.sharedHotspots')), ServerTexts.groupWhy(g)]))}</section>`);
}

async function whatIfChanged(scope) {
  if (scope === 'exp') { put('exp-paths', ''); return exposure(); }
  await leverage();
  if (state.lev.extra) await state.lev.extra();
}

// ---- Company exposure ----
async function search() {
  const r = await api('/api/companies', {q: $('exp-q').value.trim(), limit: 200});
  r.companies.forEach(c => state.companies.set(c.companyId, c));
  put('exp-list', h`<details open id="exp-list-d"><summary>${plural(r.total, 'n.match')}</summary>
    ${table('co-t', tr('col.companies'), [tr('exp.company'), tr('col.sector'), tr('col.kind'), tr('col.size'), tr('col.covenants'), tr('col.data'), ''], r.companies.map(c => [
      h`${c.name}<br><code>${c.companyId}</code>`, sector(c.sector), c.kind, c.size, c.covenants.join(', ') || '–',
      c.synthetic ? badge(true) : tr('common.real'), h`<button type="button" class="small" data-act="company" data-id="${c.companyId}">${tr('col.exposure')}</button>`]), r.total)}</details>`);
}

/** Company search is the admin's; a company user starts at its own company, an advisor has none to open. */
async function expStart() {
  const me = state.me || {};
  if (me.role === 'ADMIN') return search();
  put('exp-list', h`<p class="note">${me.companyId ? I18N.t('exp.own') : I18N.t('exp.none')}</p>`);
  if (me.companyId && !state.exp.company) await openCompany(me.companyId);
}

async function openCompany(id) {
  if (!state.companies.has(id)) state.companies.set(id, (await api('/api/companies/' + enc(id))).company);
  showTab('exp');
  state.exp = {company: id, engaged: []};
  put('exp-paths', '');
  await exposure();
  const d = $('exp-list-d');
  if (d) d.open = false;
  $('exp-out').focus();
}

async function exposure() {
  const id = state.exp.company, c = state.companies.get(id) || {};
  const params = {depth: $('exp-depth').value, theme: $('exp-theme').value, engaged: state.exp.engaged};
  const r = await api(`/api/companies/${enc(id)}/exposure`, params);
  history.replaceState(null, '', '#exp?' + new URLSearchParams({company: id, depth: params.depth, theme: params.theme}));
  r.facilities.forEach(f => state.names.set(f.facilityId, f.name));
  r.blindSpots.forEach(f => state.names.set(f.facilityId, f.name));
  put('exp-out', h`<h2>${r.companyName} <code>${r.companyId}</code> ${badge(c.synthetic)}</h2>
    <p class="facts">${sector(r.sector)} · ${theme(r.theme)} · ${tr('exp.facts', {depth: r.depth, n: r.reachedFacilityCount, risky: r.riskBearingCount})}
      · ${plural(r.blindSpotCount, 'n.blind')}
      ${r.financialInstitution ? ` · ${tr('exp.financial', {n: r.financedCompanyCount})}` : ''}
      · ${tr('common.revision', {rev: r.revision})}</p>
    ${r.pathsTruncated ? h`<p class="note">${tr('exp.truncated')}</p>` : ''}
    ${r.whatIf ? whatIf(r.whatIf) : ''}
    ${table('sal-t', tr('exp.salient'), ['#', tr('col.theme'), tr('col.country'), tr('col.commodity'), tr('col.severity'), tr('col.likelihood'),
      tr('col.tier'), tr('col.paths'), tr('col.share'), tr('col.facilities'), tr('col.why'), tr('col.sources')], r.salientIssues.map(i => [i.rank, theme(i.theme), ctyBtn(i.country),
      i.commodity, h`<span title="scale ${i.scale}, scope ${i.scope}, irremediability ${i.irremediability}">${num(i.severity)}</span>`,
      num(i.likelihood), i.tier, i.pathCount, pct(i.share), facilityList(i.facilityIds),
      h`${ServerTexts.issueWhy(i)}${i.otherCompaniesInSector.value !== 0 ? h`<br><small>${tr('exp.others', {n: cnt(i.otherCompaniesInSector)})}</small>` : ''}`,
      sources(i.sources)]))}
    <div class="totals">${totals(tr('exp.byTheme'), r.totals.byTheme, theme)}${totals(tr('exp.byCountry'), r.totals.byCountry, ctyBtn)}
      ${totals(tr('exp.byTier'), r.totals.byTier, k => tr('chain.tier', {n: k}))}</div>
    ${table('fac-t', tr('exp.facilities'), [tr('col.facility'), tr('col.type'), tr('col.stage'), tr('col.country'), tr('col.tier'), tr('col.paths'), tr('col.share'),
      tr('col.riskWeight'), tr('col.risks'), ''], r.facilities.map(f => [facCell(f.facilityId, f.name), ServerTexts.kind(f.type), ServerTexts.stage(f.stage),
      h`${ctyBtn(f.country)} <small>${f.region || ''}</small>`, f.tier, f.pathCount + (f.pathsCapped ? '+' : ''), pct(f.totalShare),
      num(f.riskWeight), risks(f.indicators), h`${pathBtn(f.facilityId, tr('col.paths'))} ${engageBtn(f.facilityId, 'exp')}`]))}
    ${table('blind-t', tr('exp.blind'), [tr('col.facility'), tr('col.stage'), tr('col.tier'), tr('col.blindWhy'), tr('col.expected'), tr('col.source'), tr('col.explanation')],
      r.blindSpots.map(b => [facCell(b.facilityId, b.name), ServerTexts.stage(b.stage), b.tier, h`${b.reasons.map(ServerTexts.blindReason).join(', ')}${ServerTexts.upstream(b)
        ? h`<br><strong class="upstream" title="${tr('blind.upstream.title')}">${tr('blind.upstream')}</strong>` : ''}`,
        b.expectedRiskWeight == null ? tr('common.unknown') : h`${num(b.expectedRiskWeight)}: ${theme(b.expectedTheme)}, ${b.expectedCommodity}, ${ctyBtn(b.expectedCountry)}`,
        source(b.expectedSource), ServerTexts.blindWhy(b)]), r.blindSpotCount)}
    ${r.blindSpots.some(ServerTexts.upstream) ? h`<p class="note" id="blind-upstream">${tr('exp.blind.upstream')}</p>` : ''}`);
}

/** The first facilities of an issue as path buttons; the facilities table below lists them all. */
const facilityList = ids => h`${more(ids.slice(0, 20).map(f => h`${pathBtn(f)}<br>`), 3, tr('col.facilities'))}${ids.length > 20
  ? h`<small>${tr('common.andMore', {n: ids.length - 20})}</small>` : ''}`;

const pathBtn = (id, label) => h`<button type="button" class="link" data-act="paths" data-id="${id}"
  title="${tr('paths.title', {id})}">${label || state.names.get(id) || id}</button>`;

function whatIf(w) {
  return h`<div class="card">${table('wi-t', tr('whatif.caption', {n: w.engagedFacilityIds.length}), [tr('col.theme'), tr('col.before'), tr('col.after'), tr('col.change'),
    tr('col.facBeforeAfter')], w.themes.map(t => [theme(t.theme), num(t.before), num(t.after), num(t.after - t.before),
    `${t.facilitiesBefore} → ${t.facilitiesAfter}`]))}
    <button type="button" data-act="reset-exp">${tr('whatif.reset')}</button></div>`;
}

function totals(caption, list, label) {
  const max = Math.max(...list.map(t => t.riskWeight), 1e-9);
  return table('tot-' + caption.replace(/\W/g, ''), caption, [tr('col.group'), tr('col.facilities'), tr('col.riskWeight')], list.map(t => [label(t.key),
    t.facilityCount, h`<span class="meter" style="width:${(100 * t.riskWeight / max).toFixed(0)}%"></span>${num(t.riskWeight, 1)}`]));
}

async function paths(fid) {
  const co = state.exp.company;
  const r = await api(`/api/companies/${enc(co)}/exposure/paths`,
    {facility: fid, depth: $('exp-depth').value, engaged: state.exp.engaged});
  put('exp-paths', h`<section class="card" id="paths-card" tabindex="-1"><h2>${tr('paths.heading')} ${facBtn(fid)}</h2>
    <p class="facts">${tr('paths.count', {n: r.pathCount})}${r.truncated ? ' ' + tr('paths.more') : ''} ${tr('paths.from')} ${coBtn(co)}; ${r.tier ? tr('paths.tier', {n: r.tier}) : tr('paths.unreached')};
      ${tr('paths.order')}</p>
    <ol class="paths">${r.paths.slice(0, MAX_ROWS).map(p => h`<li>${p.financierId ? h`<code>${p.financierId}</code> ${tr('paths.finances')} ` : ''}<code>${p.companyId}</code>
      ${p.hops.map(x => h` → ${facBtn(x.facilityId)} <small>(${x.commodity}, ${x.share == null ? tr('paths.shareUnknown') : pct(x.share)})</small>`)}
      ${p.share == null ? '' : h` <strong>${p.hops.some(x => x.share == null) ? '≤ ' : ''}${pct(p.share)}</strong>`}</li>`)}</ol>
    <button type="button" class="small" data-act="close-paths">${tr('paths.close')}</button></section>`);
  $('paths-card').scrollIntoView({block: 'start'});
  $('paths-card').focus();
}

// ---- Facility and country detail ----
function indicators(id, caption, list) {
  return table(id, caption, [tr('col.theme'), tr('col.commodity'), tr('col.place'), tr('col.severity'), tr('col.likelihood'), tr('col.riskWeight'), tr('col.source'), tr('col.basis')],
    list.map(i => [theme(i.theme), ServerTexts.goods(i, 'common.all'), i.region || i.country,
      h`<span title="scale ${i.scale}, scope ${i.scope}, irremediability ${i.irremediability}">${num(i.severity)}</span>`,
      num(i.likelihood), num(i.riskWeight), source(i.source), h`<small>${i.basis}</small>`]));
}

async function facility(id) {
  const f = await api('/api/facilities/' + enc(id));
  state.names.set(id, f.name);
  detail(h`<h2 id="detail-title">${f.name} ${badge(f.synthetic)}</h2>
    <dl class="kv"><dt>Id</dt><dd><code>${f.facilityId}</code></dd><dt>${tr('col.type')}</dt><dd>${ServerTexts.kind(f.type)}</dd>
      <dt>${tr('col.country')}</dt><dd>${f.country ? h`${ctyBtn(f.country.iso2)} ${f.country.name}` : tr('common.unknown')}${f.region ? ` · ${f.region}` : ''}</dd>
      <dt>${tr('col.commodities')}</dt><dd>${f.commodities.map(c => `${c.name}${c.hs ? ` (HS ${c.hs})` : ''}`).join(', ') || '–'}</dd>
      <dt>${tr('fac.links')}</dt><dd>${tr('fac.linkCounts', {buyers: f.buyerCount ?? '–', suppliers: f.supplierCount})}</dd>
      ${f.osId ? h`<dt>Open Supply Hub</dt><dd>${f.osId}</dd>` : ''}${f.rmiCid ? h`<dt>RMI CID</dt><dd>${f.rmiCid}</dd>` : ''}
      ${f.annualThroughput != null ? h`<dt>${tr('fac.throughput')}</dt><dd>${num(f.annualThroughput)} ${f.throughputUnit}</dd>` : ''}
      ${f.certificationStatement ? h`<dt>${tr('fac.certifications')}</dt><dd>${f.certificationStatement}</dd>` : ''}</dl>
    ${indicators('fd-t', tr('fac.indicators'), f.indicators)}`);
}

async function country(code) {
  const r = await api(`/api/countries/${enc(code)}/risks`), g = r.governance;
  const wgi = g && [[tr('wgi.va'), g.voiceAccountability], [tr('wgi.ps'), g.politicalStability],
    [tr('wgi.ge'), g.governmentEffectiveness], [tr('wgi.rq'), g.regulatoryQuality],
    [tr('wgi.rl'), g.ruleOfLaw], [tr('wgi.cc'), g.controlOfCorruption]];
  detail(h`<h2 id="detail-title">${r.country.name} <code>${r.country.iso2}</code></h2>
    <dl class="kv"><dt>${tr('col.region')}</dt><dd>${r.m49Region || '–'}</dd><dt>${tr('country.eudr')}</dt><dd>${r.eudrRisk || '–'}</dd></dl>
    ${wgi ? table('wgi-t', tr('wgi.caption', {source: g.source}), [tr('col.dimension'), tr('col.estimate')],
      wgi.map(([k, v]) => [k, num(v)])) : ''}
    ${indicators('cd-t', plural(r.indicatorCount, 'n.indicator'), r.indicators)}`);
}

function detail(html) {
  put('detail-body', html);
  const d = $('detail');
  if (!d.open) d.showModal();
}

// ---- Tables: sort and CSV ----
function sortBy(btn) {
  const th = btn.closest('th'), tbl = th.closest('table'), col = th.cellIndex;
  const asc = th.getAttribute('aria-sort') !== 'ascending';
  tbl.querySelectorAll('th').forEach(x => x.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
  const key = tr => tr.cells[col] ? tr.cells[col].textContent.trim() : '';
  const rows = [...tbl.tBodies[0].rows];
  rows.sort((a, b) => {
    const x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
    const c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
    return asc ? c : -c;
  });
  rows.forEach(r => tbl.tBodies[0].appendChild(r));
}

function csv(id) {
  // a cell starting with = + - @ would run as a spreadsheet formula (names come from uploads): prefix ' unless a number
  const safe = s => /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s) ? `'${s}` : s;
  const tbl = $(id), q = s => `"${safe(s.replace(/\s+/g, ' ').trim()).replace(/"/g, '""')}"`;
  const line = tr => [...tr.cells].filter(c => !c.classList.contains('act')).map(c => q(c.textContent)).join(',');
  const text = [...tbl.rows].map(line).join('\r\n');
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], {type: 'text/csv'}));
  a.download = `ketenlens-${id}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---- Wiring ----
/** Opens the sector briefing (aggregate view, PDF or HTML, nl or en) for the current selection in a new tab. */
function briefing() {
  if (!$('lev-sel').value) throw Object.assign(new Error('choose a covenant or a sector first'), {title: 'Nothing selected'});
  const [by, value] = $('lev-sel').value.split(':');
  const q = new URLSearchParams({[by]: value, format: $('brief-format').value, lang: $('brief-lang').value});
  if ($('lev-theme').value) q.set('theme', $('lev-theme').value);
  window.open('/api/briefings?' + q, '_blank', 'noopener');
}

const ACTIONS = {
  briefing,
  facility: el => facility(el.dataset.id),
  country: el => country(el.dataset.id),
  company: el => { const d = $('detail'); if (d.open) d.close(); return openCompany(el.dataset.id); },
  paths: el => paths(el.dataset.id),
  plan, groups,
  cut: el => { if (el.dataset.id) $('lev-hotspot').value = el.dataset.id; return cut(); },
  engage: async el => {
    const {scope, id} = el.dataset, list = state[scope].engaged, i = list.indexOf(id);
    if (i < 0) list.push(id); else list.splice(i, 1);
    await whatIfChanged(scope);
    // the table was redrawn: keep keyboard users on the button they pressed
    const again = document.querySelector(`#view-${scope} [data-act="engage"][data-id="${CSS.escape(id)}"]`);
    if (again) again.focus();
  },
  'engage-all': el => {
    el.dataset.ids.split(',').forEach(id => state.lev.engaged.includes(id) || state.lev.engaged.push(id));
    return whatIfChanged('lev');
  },
  'reset-lev': () => { state.lev.engaged = []; return whatIfChanged('lev'); },
  'reset-exp': () => { state.exp.engaged = []; return whatIfChanged('exp'); },
  'close-paths': () => put('exp-paths', ''),
  dismiss: () => { $('msg').hidden = true; },
  cancel: () => { cancel.abort(); cancel = new AbortController(); },
  sort: sortBy,
  csv: el => csv(el.dataset.id)
};

// ---- Tabs (issue 12: overview, chain graph and map are views of their own modules under js/) ----
const TABS = ['ov', 'lev', 'exp', 'chain', 'map', 'up'];
/** Views other scripts register: name -> {show()} called when their tab opens. */
const VIEWS = {};

function showTab(name, focus) {
  for (const v of TABS) {
    const tab = $('tab-' + v), on = v === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $('view-' + v).hidden = !on;
  }
  if (focus) $('tab-' + name).focus();
  if (name === 'exp' && !$('exp-list').innerHTML) attempt(expStart)();
  if (VIEWS[name] && VIEWS[name].show) attempt(VIEWS[name].show)();
}

function covenantNote() {
  const [by, code] = $('lev-sel').value.split(':'), c = state.covenants.get(code);
  put('lev-covenant', by === 'covenant' && c ? h`<strong>${c.name}</strong> (${c.nameNl || ''}) · ${I18N.t('status.' + c.status)} · ${I18N.t('cov.signed', {d: c.signed || '–'})}
    ${c.ended ? `· ${tr('cov.ended', {d: c.ended})}` : ''} · ${tr('cov.share', {s: c.marketShareClass || tr('common.unknown')})} · ${tr('cov.members', {n: cnt(c.memberCount)})}
    ${c.facts || ''} ${safeUrl(c.sourceUrl) ? h`<a href="${c.sourceUrl}" target="_blank" rel="noopener">source</a>` : ''}` : '');
}

async function init() {
  await I18N.ready;
  const themeOpts = h`<option value="">${theme(null)}</option>${Object.keys(THEMES).map(k => h`<option value="${k}">${theme(k)}</option>`)}`;
  document.querySelectorAll('select.themes').forEach(s => { s.innerHTML = out(themeOpts); });
  document.addEventListener('click', e => {
    const el = e.target.closest('[data-act]');
    if (el && ACTIONS[el.dataset.act]) { e.preventDefault(); attempt(ACTIONS[el.dataset.act])(el); }
  });
  TABS.forEach(v => $('tab-' + v).addEventListener('click', () => { state.tabChosen = true; showTab(v); }));
  $('tab-lev').closest('nav').addEventListener('keydown', e => {
    const i = TABS.findIndex(v => $('tab-' + v).tabIndex === 0), n = TABS.length;
    if (e.key === 'ArrowRight') showTab(TABS[(i + 1) % n], true);
    else if (e.key === 'ArrowLeft') showTab(TABS[(i + n - 1) % n], true);
    else if (e.key === 'Home') showTab(TABS[0], true);
    else if (e.key === 'End') showTab(TABS[n - 1], true);
  });
  const onSubmit = (id, fn) => $(id).addEventListener('submit', e => { e.preventDefault(); attempt(fn)(); });
  onSubmit('lev-form', () => { state.lev.extra = null; put('lev-extra', ''); return leverage(); });
  onSubmit('cut-form', cut);
  onSubmit('exp-search', search);
  $('lev-sel').addEventListener('change', () => { // a what-if belongs to one selection
    state.lev.engaged = [];
    renderEngaged();
    covenantNote();
  });
  $('exp-theme').addEventListener('change', () => state.exp.company && attempt(exposure)());
  put('lev-out', h`<p class="note">${tr('lev.hint')}</p>`);

  state.me = await api('/api/me').catch(() => ({role: 'ANONYMOUS'}));
  $('me').textContent = state.me.role === 'ANONYMOUS' ? I18N.t('me.anonymous')
    : I18N.t('me.as', {name: state.me.name, role: I18N.t('role.' + state.me.role)});
  const [covenants, companies] = await Promise.all([api('/api/covenants'),
    state.me.role === 'ADMIN' ? api('/api/companies', {limit: 1000}) : Promise.resolve({companies: []})]);
  companies.companies.forEach(c => state.companies.set(c.companyId, c));
  covenants.forEach(c => state.covenants.set(c.code, c));
  put('lev-sel', h`<option value="">${tr('sel.choose')}</option><optgroup label="${tr('col.covenants')}">${covenants.map(c =>
    h`<option value="covenant:${c.code}">${I18N.lang === 'nl' && c.nameNl ? c.nameNl : c.name} (${tr('chain.members', {n: cnt(c.memberCount)})})</option>`)}</optgroup>
    <optgroup label="${tr('sel.sectors')}">${Object.keys(SECTORS).map(k => h`<option value="sector:${k}">${sector(k)}</option>`)}</optgroup>`);
  await restore();
  document.body.dataset.ready = 'true'; // the first view is shown (browser tests wait for this)
}

/** Reopens the view a shared link (#lev?covenant=gold&theme=… or #exp?company=…) points at. */
async function restore() {
  const [view, query] = location.hash.slice(1).split('?'), p = new URLSearchParams(query || '');
  if (VIEWS[view]) {
    showTab(view);
  } else if (view === 'lev' && (p.get('covenant') || p.get('sector'))) {
    showTab('lev');
    $('lev-sel').value = p.get('covenant') ? 'covenant:' + p.get('covenant') : 'sector:' + p.get('sector');
    $('lev-theme').value = p.get('theme') || '';
    state.lev.engaged = (p.get('engaged') || '').split(',').filter(Boolean);
    covenantNote();
    await leverage();
  } else if (view === 'exp' && p.get('company')) {
    $('exp-theme').value = p.get('theme') || '';
    if (p.get('depth')) $('exp-depth').value = p.get('depth');
    await openCompany(p.get('company'));
  } else if (view === 'lev' || view === 'exp') {
    showTab(view);
  } else if (!state.tabChosen) {
    showTab('ov');
  }
}

document.addEventListener('DOMContentLoaded', attempt(init));
