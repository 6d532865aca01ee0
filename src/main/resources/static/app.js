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
const pct = x => x == null ? 'unknown' : (x * 100).toFixed(1) + ' %';
const theme = t => t ? (THEMES[t] || t) : 'all themes';
const plural = (n, word, many = word + 's') => `${n} ${n === 1 ? word : many}`;
const badge = on => on ? h`<span class="badge" title="Generated network: not real companies or facilities">synthetic demo data</span>` : '';
const safeUrl = u => u && /^https?:\/\//i.test(u) ? u : null;

function source(s) {
  if (!s) return h`<span class="muted">no source</span>`;
  const name = safeUrl(s.url) ? h`<a href="${s.url}" target="_blank" rel="noopener" title="${s.title || ''}">${s.publisher}</a>` : s.publisher;
  return h`<span class="src">${name}${s.edition ? h`, ${s.edition}` : ''}${s.year ? h` (${s.year})` : ''}</span>`;
}
const sources = list => list.map(s => h`<div>${source(s)}</div>`);

const facBtn = (id, name) => {
  if (name) state.names.set(id, name);
  return h`<button type="button" class="link" data-act="facility" data-id="${id}" title="Facility detail ${id}">${name || state.names.get(id) || id}</button>`;
};
const facCell = (id, name) => h`${facBtn(id, name)}<br><code>${id}</code>`;
const ctyBtn = c => c ? h`<button type="button" class="link" data-act="country" data-id="${c}" title="Risks in ${c}">${c}</button>` : 'unknown';
const coBtn = id => h`<button type="button" class="link" data-act="company" data-id="${id}" title="Exposure of ${id}">${(state.companies.get(id) || {}).name || id}</button>`;
const engageBtn = (id, scope) => {
  const on = state[scope].engaged.includes(id);
  return h`<button type="button" class="small" data-act="engage" data-scope="${scope}" data-id="${id}" aria-pressed="${String(on)}"
    title="What-if: treat this facility as engaged (its risk mitigated) and recompute">${on ? 'Engaged' : 'Engage'}</button>`;
};
const more = (items, n, label) => items.length <= n ? items
  : h`${items.slice(0, n)}<details><summary>${items.length - n} more ${label}</summary>${items.slice(n)}</details>`;

function risks(list) {
  if (!list || !list.length) return '';
  return h`<details><summary>${plural(list.length, 'risk indicator')}</summary><ul class="risks">${list.map(i =>
    h`<li>${theme(i.theme)} · ${i.commodity || 'all commodities'} · ${i.region || i.country} · weight ${num(i.riskWeight)} — ${source(i.source)}</li>`)}</ul></details>`;
}

/** A sortable table; cells of columns named '' hold actions and stay out of sorting and CSV. */
function table(id, caption, head, rows, total) {
  const shown = rows.slice(0, MAX_ROWS);
  const note = (total ?? rows.length) > shown.length ? ` (first ${shown.length} of ${total ?? rows.length} shown)` : '';
  return h`<div class="tw"><button type="button" class="small csv" data-act="csv" data-id="${id}"
      aria-label="Download ${caption} as CSV">CSV</button><table id="${id}"><caption>${caption}${note}</caption>
    <thead><tr>${head.map(c => c ? h`<th scope="col"><button type="button" class="sort" data-act="sort">${c}</button></th>` : h`<th scope="col" class="act"><span class="sr">actions</span></th>`)}</tr></thead>
    <tbody>${shown.length ? shown.map(r => h`<tr>${r.map((c, i) => h`<td${head[i] ? '' : h` class="act"`}>${c}</td>`)}</tr>`)
      : h`<tr><td colspan="${head.length}" class="muted">none</td></tr>`}</tbody></table></div>`;
}

// ---- API access, busy state and problem details ----
let pending = 0;
function busy(delta) {
  pending += delta;
  $('busy').textContent = pending ? 'Loading…' : '';
  document.querySelector('main').setAttribute('aria-busy', String(pending > 0));
}

async function api(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v != null && v !== '' && !(Array.isArray(v) && !v.length)) qs.set(k, String(v));
  }
  busy(1);
  try {
    const res = await fetch(path + (qs.toString() ? '?' + qs : ''), {headers: {Accept: 'application/json'}});
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
  put('msg', h`<strong>${e.title || 'Cannot reach the Ketenlens server'}</strong>: ${e.message}
    ${p.parameter ? h` (parameter <code>${p.parameter}</code>)` : ''}${p.status ? h` <small>HTTP ${p.status}</small>` : ''}
    <button type="button" class="small" data-act="dismiss">Dismiss</button>`);
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
  if (!$('lev-sel').value) throw Object.assign(new Error('choose a covenant or a sector first'), {title: 'Nothing selected'});
  const p = levParams();
  const r = await api('/api/leverage', {...p, top: $('lev-top').value});
  put('lev-out', renderLeverage(r));
  renderEngaged();
  history.replaceState(null, '', '#lev?' + new URLSearchParams({...p, engaged: p.engaged.join(',')}));
}

/** A company count as the server lets this user see it: a number, or e.g. "fewer than 3". */
const cnt = c => c == null ? '' : c.text;
const cntPlural = (c, one, many) => c.suppressed ? `${c.text} ${many}` : plural(c.value, one, many);

function scopeLine(s) {
  const sel = s.selection;
  return h`${sel.by} <strong>${sel.value}</strong>: ${cntPlural(sel.companyCount, 'company', 'companies')}
    (${cnt(sel.memberCount)} covenant members) · ${theme(s.theme)}${s.engaged.length ? h` · what-if: ${s.engaged.length} engaged` : ''}`;
}

function renderLeverage(r) {
  const s = r.scope, b = r.betweenness;
  return h`<h2>Facilities with the most leverage ${badge(s.syntheticData)}</h2>
  <p class="facts">${scopeLine(s)} · ${r.riskBearingFacilities} risk-bearing facilities reached ·
    selection's total exposure ${num(r.totalExposure, 1)} · betweenness ${b.sampled ? `sampled (${b.pivots} pivots, error ≤ ${num(b.errorBound, 3)})` : 'exact'}
    · graph revision ${s.graphRevision}</p>
  ${s.selection.companyCount.value !== 0 ? '' : h`<p class="note">No company in the graph belongs to this selection, so there is nothing to rank.</p>`}
  ${table('lev-t', 'Ranked facilities', ['#', 'Facility', 'Type', 'Country', 'Companies reached', 'Members reached',
    'Share of risk paths', 'Chokepoint', 'Why', ''], r.facilities.map(f => [f.rank, facCell(f.facilityId, f.name), f.type,
    h`${ctyBtn(f.country)} <small>${f.region || ''}</small>`, h`${cnt(f.reachCompanies)}${f.inOwnChain ? h`<br><small>in your chain</small>` : ''}`, cnt(f.reachMembers), pct(f.betweennessShare),
    f.chokepoint ? h`<strong>yes</strong><br><small>${f.dominatedHotspots.join(', ')}</small>` : 'no',
    h`${f.explanation}${risks(f.indicators)}`, engageBtn(f.facilityId, 'lev')]))}
  ${table('hot-t', 'Hotspots reached (country[:region]:commodity:theme)', ['Hotspot', 'Risk-bearing facilities',
    'Exposed companies', 'Exposure', 'Chokepoints', ''], r.hotspots.map(x => [h`<code>${x.hotspot}</code>`, x.targets,
    cnt(x.exposedCompanies), num(x.exposure, 1), x.chokepointIds.length ? more(x.chokepointIds.map(id => h`${facBtn(id)} `), 5, 'chokepoints') : 'none',
    h`<button type="button" class="small" data-act="cut" data-id="${x.hotspot}" title="Smallest set of facilities separating the companies from this hotspot">Cut</button>`]))}`;
}

function renderEngaged() {
  const list = state.lev.engaged;
  put('lev-engaged', list.length ? h`What-if engaged: ${list.map(id => h`<span class="chip">${state.names.get(id) || id}
    <button type="button" class="small" data-act="engage" data-scope="lev" data-id="${id}" aria-label="Stop engaging ${id}">×</button></span>`)}
    <button type="button" class="small" data-act="reset-lev">Reset what-if</button>` : '');
}

async function plan() {
  state.lev.extra = plan;
  const r = await api('/api/leverage/plan', {...levParams(), budget: $('lev-budget').value});
  put('lev-extra', h`<section class="card"><h2>Engagement plan: ${plural(r.budget, 'facility', 'facilities')} ${badge(r.scope.syntheticData)}</h2>
    <p class="facts">${scopeLine(r.scope)} · total exposure ${num(r.totalExposure, 1)} · ${r.guarantee}</p>
    <div class="plan">${curve(r.curve)}
    ${table('plan-t', 'Plan steps, in order', ['#', 'Facility', 'Type', 'Country', 'Covered (cumulative)', 'Companies', 'Risk-bearing facilities behind it', 'Why', ''],
      r.steps.map(x => [x.rank, x.facilityId ? facCell(x.facilityId, x.name) : h`<em>withheld</em>`, x.type, x.country ? ctyBtn(x.country) : '–', pct(x.coveredShare), cnt(x.companies),
        x.targets, x.explanation, x.facilityId ? engageBtn(x.facilityId, 'lev') : '']))}</div></section>`);
}

function curve(c) {
  const W = 280, H = 150, L = 40, B = 30, T = 10, R = 10;
  const x = i => L + i * (W - L - R) / Math.max(1, c.length), y = v => H - B - v * (H - B - T);
  const pts = [0, ...c].map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return h`<svg class="curve" viewBox="0 0 ${W} ${H}" role="img" aria-label="Coverage after each engaged facility: ${c.map(pct).join(', ')}">
    <line class="axis" x1="${L}" y1="${y(0)}" x2="${W - R}" y2="${y(0)}"/><line class="axis" x1="${L}" y1="${T}" x2="${L}" y2="${y(0)}"/>
    <line class="grid" x1="${L}" y1="${y(0.5)}" x2="${W - R}" y2="${y(0.5)}"/><line class="grid" x1="${L}" y1="${y(1)}" x2="${W - R}" y2="${y(1)}"/>
    <text x="${L - 4}" y="${y(1) + 4}" text-anchor="end">100 %</text><text x="${L - 4}" y="${y(0.5) + 4}" text-anchor="end">50 %</text>
    <text x="${L - 4}" y="${y(0) + 4}" text-anchor="end">0</text>
    ${c.map((v, i) => h`<text x="${x(i + 1)}" y="${y(0) + 14}" text-anchor="middle">${i + 1}</text>`)}
    <text x="${(L + W) / 2}" y="${H - 2}" text-anchor="middle">facilities engaged</text>
    <polyline points="${pts}"/>
    ${c.map((v, i) => h`<circle cx="${x(i + 1).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3.5"><title>${i + 1}: ${pct(v)} covered</title></circle>`)}</svg>`;
}

async function cut() {
  const hotspot = $('lev-hotspot').value.trim();
  if (!hotspot) throw Object.assign(new Error('click Cut on a hotspot row, or type a hotspot key'), {title: 'No hotspot'});
  state.lev.extra = cut;
  const p = levParams();
  const r = await api('/api/leverage/cut', {...p, theme: null, hotspot});
  put('lev-extra', h`<section class="card"><h2>Minimum cut for <code>${r.hotspot}</code> ${badge(r.scope.syntheticData)}</h2>
    <p class="facts">${scopeLine(r.scope)} · ${cnt(r.exposedCompanies)} exposed companies · ${r.targets} risk-bearing facilities ·
      ${r.separable ? `cut size ${r.cutSize}` : 'not separable'}</p>
    <p>${r.explanation}</p>
    ${r.separable ? h`${table('cut-t', 'Facilities to engage together', ['Facility', 'Type', 'Country', 'Region', ''],
        r.cut.map(f => [facCell(f.facilityId, f.name), f.type, ctyBtn(f.country), f.region || '–', engageBtn(f.facilityId, 'lev')]))}
      <button type="button" data-act="engage-all" data-ids="${r.cut.map(f => f.facilityId).join(',')}">Engage all ${r.cut.length} and recompute</button>`
      : r.blockingCompanyIds ? h`<p>Companies buying directly from a risk-bearing facility: ${r.blockingCompanyIds.map(id => h`${coBtn(id)} `)}</p>` : ''}</section>`);
}

async function groups() {
  state.lev.extra = groups;
  const r = await api('/api/leverage/groups', levParams());
  put('lev-extra', h`<section class="card"><h2>Working groups ${badge(r.scope.syntheticData)}</h2>
    <p class="facts">${scopeLine(r.scope)} · similarity threshold ${r.threshold} (Jaccard on risk-bearing supply bases) ·
      ${cnt(r.ungrouped)} companies without a group${r.ungroupedIds && r.ungroupedIds.length ? ': ' : ''}${(r.ungroupedIds || []).map(id => h`${coBtn(id)} `)}</p>
    ${table('grp-t', 'Companies that share hotspots', ['#', 'Companies', 'Mean similarity', 'Shared hotspots', 'Why'],
      r.groups.map(g => [g.rank, h`${cnt(g.companies)}<br>${g.companyIds ? more(g.companyIds.map(id => h`${coBtn(id)}<br>`), 6, 'companies') : ''}`,
        num(g.meanSimilarity), more(g.sharedHotspots.map(k => h`<code>${k}</code> `), 6, 'hotspots'), g.explanation]))}</section>`);
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
  put('exp-list', h`<details open id="exp-list-d"><summary>${plural(r.total, 'matching company', 'matching companies')}</summary>
    ${table('co-t', 'Companies', ['Company', 'Sector', 'Kind', 'Size', 'Covenants', 'Data', ''], r.companies.map(c => [
      h`${c.name}<br><code>${c.companyId}</code>`, SECTORS[c.sector] || c.sector, c.kind, c.size, c.covenants.join(', ') || '–',
      c.synthetic ? badge(true) : 'real', h`<button type="button" class="small" data-act="company" data-id="${c.companyId}">Exposure</button>`]), r.total)}</details>`);
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
    <p class="facts">${SECTORS[r.sector] || r.sector} · ${theme(r.theme)} · depth ${r.depth} · ${r.reachedFacilityCount} facilities reached,
      ${r.riskBearingCount} risk-bearing · ${plural(r.blindSpotCount, 'blind spot')}
      ${r.financialInstitution ? ` · financial institution, chains followed through ${r.financedCompanyCount} financed companies` : ''}
      · graph revision ${r.revision}</p>
    ${r.pathsTruncated ? h`<p class="note">Some facilities have more paths than were enumerated; their path counts are lower bounds.</p>` : ''}
    ${r.whatIf ? whatIf(r.whatIf) : ''}
    ${table('sal-t', 'Salient issues, most severe and likely first', ['#', 'Theme', 'Country', 'Commodity', 'Severity', 'Likelihood',
      'Tier', 'Paths', 'Volume share', 'Facilities', 'Why', 'Sources'], r.salientIssues.map(i => [i.rank, theme(i.theme), ctyBtn(i.country),
      i.commodity, h`<span title="scale ${i.scale}, scope ${i.scope}, irremediability ${i.irremediability}">${num(i.severity)}</span>`,
      num(i.likelihood), i.tier, i.pathCount, pct(i.share), facilityList(i.facilityIds),
      h`${i.reason}${i.otherCompaniesInSector.value !== 0 ? h`<br><small>${cnt(i.otherCompaniesInSector)} other companies in the sector share this issue</small>` : ''}`,
      sources(i.sources)]))}
    <div class="totals">${totals('Exposure by theme', r.totals.byTheme, theme)}${totals('by country', r.totals.byCountry, ctyBtn)}
      ${totals('by tier', r.totals.byTier, k => 'tier ' + k)}</div>
    ${table('fac-t', 'Risk-bearing facilities, most severe first', ['Facility', 'Type', 'Country', 'Tier', 'Paths', 'Volume share',
      'Risk weight', 'Risks and sources', ''], r.facilities.map(f => [facCell(f.facilityId, f.name), f.type,
      h`${ctyBtn(f.country)} <small>${f.region || ''}</small>`, f.tier, f.pathCount + (f.pathsCapped ? '+' : ''), pct(f.totalShare),
      num(f.riskWeight), risks(f.indicators), h`${pathBtn(f.facilityId, 'Paths')} ${engageBtn(f.facilityId, 'exp')}`]))}
    ${table('blind-t', 'Blind spots: where no information is not no risk', ['Facility', 'Tier', 'Why blind', 'Expected risk', 'Source', 'Explanation'],
      r.blindSpots.map(b => [facCell(b.facilityId, b.name), b.tier, b.reasons.join(', ').replace(/_/g, ' '),
        b.expectedRiskWeight == null ? 'unknown' : h`${num(b.expectedRiskWeight)}: ${theme(b.expectedTheme)}, ${b.expectedCommodity}, ${ctyBtn(b.expectedCountry)}`,
        source(b.expectedSource), b.explanation]), r.blindSpotCount)}`);
}

/** The first facilities of an issue as path buttons; the facilities table below lists them all. */
const facilityList = ids => h`${more(ids.slice(0, 20).map(f => h`${pathBtn(f)}<br>`), 3, 'facilities')}${ids.length > 20
  ? h`<small>and ${ids.length - 20} more</small>` : ''}`;

const pathBtn = (id, label) => h`<button type="button" class="link" data-act="paths" data-id="${id}"
  title="Supply paths to ${id}">${label || state.names.get(id) || id}</button>`;

function whatIf(w) {
  return h`<div class="card">${table('wi-t', `What-if: ${w.engagedFacilityIds.length} engaged facilities`, ['Theme', 'Before', 'After', 'Change',
    'Facilities before → after'], w.themes.map(t => [theme(t.theme), num(t.before), num(t.after), num(t.after - t.before),
    `${t.facilitiesBefore} → ${t.facilitiesAfter}`]))}
    <button type="button" data-act="reset-exp">Reset what-if</button></div>`;
}

function totals(caption, list, label) {
  const max = Math.max(...list.map(t => t.riskWeight), 1e-9);
  return table('tot-' + caption.replace(/\W/g, ''), caption, ['Group', 'Facilities', 'Risk weight'], list.map(t => [label(t.key),
    t.facilityCount, h`<span class="meter" style="width:${(100 * t.riskWeight / max).toFixed(0)}%"></span>${num(t.riskWeight, 1)}`]));
}

async function paths(fid) {
  const co = state.exp.company;
  const r = await api(`/api/companies/${enc(co)}/exposure/paths`,
    {facility: fid, depth: $('exp-depth').value, engaged: state.exp.engaged});
  put('exp-paths', h`<section class="card" id="paths-card" tabindex="-1"><h2>Supply paths to ${facBtn(fid)}</h2>
    <p class="facts">${r.pathCount} paths${r.truncated ? ' (more exist; limit reached)' : ''} from ${coBtn(co)}; ${r.tier ? `shortest at tier ${r.tier}` : 'not reached within the depth'};
      shortest first, then by largest volume share (≤: some hop's share is unknown).</p>
    <ol class="paths">${r.paths.slice(0, MAX_ROWS).map(p => h`<li>${p.financierId ? h`<code>${p.financierId}</code> finances ` : ''}<code>${p.companyId}</code>
      ${p.hops.map(x => h` → ${facBtn(x.facilityId)} <small>(${x.commodity}, ${x.share == null ? 'share unknown' : pct(x.share)})</small>`)}
      ${p.share == null ? '' : h` <strong>${p.hops.some(x => x.share == null) ? '≤ ' : ''}${pct(p.share)}</strong>`}</li>`)}</ol>
    <button type="button" class="small" data-act="close-paths">Close paths</button></section>`);
  $('paths-card').scrollIntoView({block: 'start'});
  $('paths-card').focus();
}

// ---- Facility and country detail ----
function indicators(id, caption, list) {
  return table(id, caption, ['Theme', 'Commodity', 'Place', 'Severity', 'Likelihood', 'Risk weight', 'Source', 'Basis'],
    list.map(i => [theme(i.theme), i.commodity || 'all', i.region || i.country,
      h`<span title="scale ${i.scale}, scope ${i.scope}, irremediability ${i.irremediability}">${num(i.severity)}</span>`,
      num(i.likelihood), num(i.riskWeight), source(i.source), h`<small>${i.basis}</small>`]));
}

async function facility(id) {
  const f = await api('/api/facilities/' + enc(id));
  state.names.set(id, f.name);
  detail(h`<h2 id="detail-title">${f.name} ${badge(f.synthetic)}</h2>
    <dl class="kv"><dt>Id</dt><dd><code>${f.facilityId}</code></dd><dt>Type</dt><dd>${f.type}</dd>
      <dt>Country</dt><dd>${f.country ? h`${ctyBtn(f.country.iso2)} ${f.country.name}` : 'unknown'}${f.region ? ` · ${f.region}` : ''}</dd>
      <dt>Commodities</dt><dd>${f.commodities.map(c => `${c.name}${c.hs ? ` (HS ${c.hs})` : ''}`).join(', ') || '–'}</dd>
      <dt>Links</dt><dd>${f.buyerCount} buyers, ${f.supplierCount} suppliers</dd>
      ${f.osId ? h`<dt>Open Supply Hub</dt><dd>${f.osId}</dd>` : ''}${f.rmiCid ? h`<dt>RMI CID</dt><dd>${f.rmiCid}</dd>` : ''}</dl>
    ${indicators('fd-t', 'Risk indicators that apply here', f.indicators)}`);
}

async function country(code) {
  const r = await api(`/api/countries/${enc(code)}/risks`), g = r.governance;
  const wgi = g && [['Voice and accountability', g.voiceAccountability], ['Political stability', g.politicalStability],
    ['Government effectiveness', g.governmentEffectiveness], ['Regulatory quality', g.regulatoryQuality],
    ['Rule of law', g.ruleOfLaw], ['Control of corruption', g.controlOfCorruption]];
  detail(h`<h2 id="detail-title">${r.country.name} <code>${r.country.iso2}</code></h2>
    <dl class="kv"><dt>Region</dt><dd>${r.m49Region || '–'}</dd><dt>EUDR risk class</dt><dd>${r.eudrRisk || '–'}</dd></dl>
    ${wgi ? table('wgi-t', `Governance, World Bank WGI estimates (−2.5 weak … +2.5 strong; source ${g.source})`, ['Dimension', 'Estimate'],
      wgi.map(([k, v]) => [k, num(v)])) : ''}
    ${indicators('cd-t', `${r.indicatorCount} risk indicators`, r.indicators)}`);
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
  sort: sortBy,
  csv: el => csv(el.dataset.id)
};

function showTab(name, focus) {
  for (const t of ['lev', 'exp']) {
    const tab = $('tab-' + t), on = t === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $('view-' + t).hidden = !on;
  }
  if (focus) $('tab-' + name).focus();
  if (name === 'exp' && !$('exp-list').innerHTML) attempt(search)();
}

function covenantNote() {
  const [by, code] = $('lev-sel').value.split(':'), c = state.covenants.get(code);
  put('lev-covenant', by === 'covenant' && c ? h`<strong>${c.name}</strong> (${c.nameNl || ''}) · ${c.status} · signed ${c.signed || '–'}
    ${c.ended ? `· ended ${c.ended}` : ''} · market share ${c.marketShareClass || 'unknown'} · ${cnt(c.memberCount)} members in the graph.
    ${c.facts || ''} ${safeUrl(c.sourceUrl) ? h`<a href="${c.sourceUrl}" target="_blank" rel="noopener">source</a>` : ''}` : '');
}

async function init() {
  const themeOpts = h`<option value="">all themes</option>${Object.entries(THEMES).map(([k, v]) => h`<option value="${k}">${v}</option>`)}`;
  document.querySelectorAll('select.themes').forEach(s => { s.innerHTML = out(themeOpts); });
  document.addEventListener('click', e => {
    const el = e.target.closest('[data-act]');
    if (el && ACTIONS[el.dataset.act]) { e.preventDefault(); attempt(ACTIONS[el.dataset.act])(el); }
  });
  $('tab-lev').addEventListener('click', () => showTab('lev'));
  $('tab-exp').addEventListener('click', () => showTab('exp'));
  $('tab-lev').closest('nav').addEventListener('keydown', e => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') showTab($('tab-lev').tabIndex === 0 ? 'exp' : 'lev', true);
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
  put('lev-out', h`<p class="note">Choose a covenant or sector and press <strong>Rank facilities</strong> to see where the members'
    combined leverage lies; then ask for a plan, a cut for one hotspot, or working groups.</p>`);

  const [covenants, companies] = await Promise.all([api('/api/covenants'), api('/api/companies', {limit: 1000})]);
  companies.companies.forEach(c => state.companies.set(c.companyId, c));
  covenants.forEach(c => state.covenants.set(c.code, c));
  put('lev-sel', h`<option value="">choose…</option><optgroup label="Covenants">${covenants.map(c =>
    h`<option value="covenant:${c.code}">${c.name} (${cnt(c.memberCount)} members)</option>`)}</optgroup>
    <optgroup label="Sectors (KPMG high-risk)">${Object.entries(SECTORS).map(([k, v]) => h`<option value="sector:${k}">${v}</option>`)}</optgroup>`);
  await restore();
}

/** Reopens the view a shared link (#lev?covenant=gold&theme=… or #exp?company=…) points at. */
async function restore() {
  const [view, query] = location.hash.slice(1).split('?'), p = new URLSearchParams(query || '');
  if (view === 'lev' && (p.get('covenant') || p.get('sector'))) {
    $('lev-sel').value = p.get('covenant') ? 'covenant:' + p.get('covenant') : 'sector:' + p.get('sector');
    $('lev-theme').value = p.get('theme') || '';
    state.lev.engaged = (p.get('engaged') || '').split(',').filter(Boolean);
    covenantNote();
    await leverage();
  } else if (view === 'exp' && p.get('company')) {
    $('exp-theme').value = p.get('theme') || '';
    if (p.get('depth')) $('exp-depth').value = p.get('depth');
    await openCompany(p.get('company'));
  }
}

document.addEventListener('DOMContentLoaded', attempt(init));
