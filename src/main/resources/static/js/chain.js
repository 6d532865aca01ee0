'use strict';
/* Chain graph (issue 12 item 1) with ECharts (served from the jar as a WebJar).
   Company mode: GET /api/companies/{id}/chain — the company's own chain, laid out by tier left → right, nodes
   coloured by risk weight and shaped by type, edge width by volume share, risk-bearing paths in red; click a node
   for its indicators and sources (GET /api/facilities/{id}), engage it as a what-if in the exposure view.
   The sector view (members collapsed, counts only) is js/sector.js. */
(() => {
  /* A facility's shape is its chain stage (the API's node.stage, from the server's one type → stage table, ADR 0013);
     the glyph stands for the shape in the text legend. Companies are squares; a type without a stage a circle. */
  const STAGES = [['extraction', 'triangle', '▲'], ['processing', 'diamond', '◆'], ['manufacturing', 'roundRect', '▢'],
    ['trade', 'pin', '▼'], [null, 'circle', '●']];
  const shapeOf = n => n.kind === 'company' || n.kind === 'members' ? 'rect' : (STAGES.find(s => s[0] === (n.stage || null)) || STAGES[4])[1];
  const stageOrder = n => STAGES.findIndex(s => s[0] === (n.stage || null));
  const stageName = code => code ? t('stage.' + code) : t('stage.unknown');
  const RISK_COLOURS = ['#2e7d32', '#b7791f', '#ef6c00', '#b71c1c']; // none, low, medium, high (with a text legend)
  const riskColour = (w, max) => w <= 0 ? '#78909c' : RISK_COLOURS[Math.min(3, 1 + Math.floor(3 * w / Math.max(max, 1e-9)))];
  let chart = null, data = null, started = 0;

  const el = id => document.getElementById(id);

  function ensureChart() {
    if (!chart) {
      chart = echarts.init(el('chain'), null, {renderer: 'svg'});
      chart.on('click', p => p.dataType === 'node' && attempt(select)(p.data.id));
      window.addEventListener('resize', () => chart.resize());
    }
    return chart;
  }

  /** x by tier, y spread within the tier; returns ECharts nodes. */
  function layout(nodes, maxTier) {
    const byTier = new Map();
    nodes.forEach(n => { if (n.tier <= maxTier) (byTier.get(n.tier) || byTier.set(n.tier, []).get(n.tier)).push(n); });
    const maxW = Math.max(...nodes.map(n => n.riskWeight), 0);
    const out = [];
    for (const [tier, list] of byTier) {
      // within a tier, facilities of one stage sit together (then by country): a refinery's missing mine shows as a gap
      list.sort((a, b) => stageOrder(a) - stageOrder(b) || (a.country || '').localeCompare(b.country || '') || b.riskWeight - a.riskWeight);
      list.forEach((n, i) => out.push({
        id: n.id, name: n.name, x: tier * 300, y: (i - list.length / 2) * 26, tier,
        symbol: shapeOf(n), symbolSize: n.kind === 'company' || n.kind === 'members' ? 28 : n.riskBearing ? 16 : 11,
        itemStyle: {color: n.kind === 'company' || n.kind === 'members' ? '#0b5d7a' : riskColour(n.riskWeight, maxW),
          borderColor: n.chokepoint ? '#000' : '#fff', borderWidth: n.chokepoint ? 3 : 1},
        label: {show: n.kind === 'company' || n.kind === 'members' || list.length <= 30, position: 'right', fontSize: 11,
          width: 150, overflow: 'truncate'},
        value: n.riskWeight, kind: n.kind, country: n.country, stage: n.stage || null
      }));
    }
    return out;
  }

  function draw() {
    const maxTier = Number(el('chain-tiers').value || 99);
    const nodes = layout(data.nodes, maxTier), shown = new Set(nodes.map(n => n.id));
    const links = data.edges.filter(e => shown.has(e.source) && shown.has(e.target)).map(e => ({
      source: e.source, target: e.target, value: e.share,
      lineStyle: {width: e.width != null ? e.width : e.share == null ? 1 : 1 + 6 * e.share, type: e.share == null && e.width == null ? 'dashed' : 'solid',
        color: e.riskPath ? '#c62828' : '#78909c', opacity: e.riskPath ? 0.9 : 0.8, curveness: 0.1}
    }));
    ensureChart().setOption({
      aria: {enabled: true, label: {description: t('chain.aria.description', {nodes: nodes.length, edges: links.length})}},
      animation: false,
      tooltip: {formatter: p => p.dataType === 'node'
        ? `${esc(p.data.name)}<br>${esc(kindName(p.data.kind))}${p.data.kind === 'company' ? '' : ' · ' + esc(stageName(p.data.stage))} · ${esc(p.data.country || '')} · ${t('chain.riskWeight')} ${num(p.data.value)}`
        : `${esc(p.data.source)} → ${esc(p.data.target)}${p.data.value != null ? ' · ' + pct(p.data.value) : ''}`},
      series: [{type: 'graph', layout: 'none', roam: true, draggable: false, data: nodes, links,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6, emphasis: {focus: 'adjacency'}}]
    }, true);
    el('chain').dataset.nodes = String(nodes.length);
    el('chain').dataset.stages = JSON.stringify(stageCounts(nodes));
    el('chain').dataset.edges = String(links.length);
    if (started) {
      el('chain').dataset.renderMillis = String(Math.round(performance.now() - started));
      started = 0;
    }
  }

  const esc = s => out(s);
  const kindName = k => t('kind.' + k) === 'kind.' + k ? k : t('kind.' + k);

  function controls() {
    const tiers = [...new Set(data.nodes.map(n => n.tier))].sort((a, b) => a - b);
    put('chain-tiers', tiers.map(x => h`<option value="${x}"${x === tiers[tiers.length - 1] ? ' selected' : ''}>${t('chain.tier', {n: x})}</option>`));
    const list = data.nodes.filter(n => n.kind !== 'company' && n.kind !== 'members').sort((a, b) => b.riskWeight - a.riskWeight);
    put('chain-node', h`<option value="">${t('chain.goto.choose')}</option>${list.map(n =>
      h`<option value="${n.id}">${n.name} (${t('chain.tier', {n: n.tier})}, ${t('chain.riskWeight')} ${num(n.riskWeight)})</option>`)}`);
    const counts = tiers.map(x => `${t('chain.tier', {n: x})}: ${data.nodes.filter(n => n.tier === x).length}`).join(' · ');
    put('chain-legend', h`${t('chain.legend')} <span class="sw" style="background:#78909c"></span>${t('chain.risk.none')}
      <span class="sw" style="background:${RISK_COLOURS[1]}"></span>${t('chain.risk.low')}
      <span class="sw" style="background:${RISK_COLOURS[2]}"></span>${t('chain.risk.medium')}
      <span class="sw" style="background:${RISK_COLOURS[3]}"></span>${t('chain.risk.high')} · ${t('chain.legend.shapes')} · ${counts}
      <br><span id="chain-stages">${t('chain.legend.stages')} ${STAGES.map(([code, , glyph]) => h`<span class="stage-key" data-stage="${code || 'unknown'}">${glyph}
        ${stageName(code)} (${data.nodes.filter(n => n.kind !== 'company' && (n.stage || null) === code).length})</span> `)}</span>`);
  }

  /** Facilities per stage among the drawn nodes ('unknown' for a type without a stage), for the legend and tests. */
  function stageCounts(nodes) {
    const c = {};
    nodes.filter(n => n.kind !== 'company' && n.kind !== 'members').forEach(n => { c[n.stage || 'unknown'] = (c[n.stage || 'unknown'] || 0) + 1; });
    return c;
  }

  async function drawCompany() {
    const id = el('chain-co').value.trim();
    if (!id) throw Object.assign(new Error(t('chain.needCompany')), {title: t('err.nothingSelected')});
    started = performance.now();
    const r = await api(`/api/companies/${enc(id)}/chain`, {depth: el('chain-depth').value});
    data = r;
    put('chain-facts', h`<strong>${r.name}</strong> <code>${r.companyId}</code> ${badge(r.syntheticData)} ·
      ${t('chain.facts', {nodes: r.nodes.length, edges: r.edges.length, risky: r.nodes.filter(n => n.riskBearing).length, depth: r.depth})}
      ${r.truncated ? t('chain.truncated') : ''}`);
    controls();
    draw();
    exportLinks(id);
    history.replaceState(null, '', '#chain?company=' + enc(id));
  }

  /** Download links for the chain just drawn: GET /api/export (jgrapht-io on the server). */
  function exportLinks(id) {
    const link = (format, label) => h`<a class="dl" href="api/export?company=${enc(id)}&amp;format=${format}&amp;depth=${enc(el('chain-depth').value)}"
      download data-format="${format}">${label}</a>`;
    put('chain-export', h`${t('chain.export')} ${link('graphml', 'GraphML')} · ${link('gexf', 'GEXF')} · ${link('dot', 'DOT')} ·
      ${link('csv', t('chain.export.edges'))} · ${link('nodes-csv', t('chain.export.nodes'))}`);
  }

  async function select(id) {
    if (id === 'members') return;
    el('chain-node').value = id;
    const f = await api('/api/facilities/' + enc(id));
    state.names.set(id, f.name);
    const company = data && data.companyId;
    put('chain-side', h`<h3>${f.name} ${badge(f.synthetic)}</h3>
      <p class="facts">${kindName(f.type)} · ${stageName(f.stage)} · ${f.country ? f.country.name : t('common.unknown')}${f.region ? ` · ${f.region}` : ''} · <code>${f.facilityId}</code></p>
      ${company ? h`<button type="button" class="small" data-act="chain-engage" data-id="${id}">${t('chain.engage')}</button>
        <button type="button" class="small" data-act="paths-of" data-id="${id}">${t('chain.paths')}</button>` : ''}
      <button type="button" class="small" data-act="facility" data-id="${id}">${t('chain.details')}</button>
      <h4>${t('chain.indicators', {n: f.indicators.length})}</h4>
      <ul class="risks">${f.indicators.slice(0, 12).map(i => h`<li>${theme(i.theme)} · ${ServerTexts.goods(i)} ·
        ${t('chain.riskWeight')} ${num(i.riskWeight)} — ${source(i.source)}</li>`)}</ul>`);
    chart.dispatchAction({type: 'highlight', seriesIndex: 0, name: f.name});
  }

  /** The facility drawn farthest from any other node, and where (pixels of the chart element), for tests. */
  function mostIsolated() {
    const pts = chart.getOption().series[0].data.map(n => ({id: n.id, kind: n.kind, value: n.value, xy: chart.convertToPixel({seriesIndex: 0}, [n.x, n.y])}));
    const gap = p => Math.min(...pts.filter(q => q !== p).map(q => Math.hypot(p.xy[0] - q.xy[0], p.xy[1] - q.xy[1])));
    return pts.filter(p => p.kind !== 'company' && p.kind !== 'members' && p.value > 0).map(p => ({...p, gap: gap(p)}))
      .sort((a, b) => b.gap - a.gap)[0];
  }

  /** The most isolated risk-bearing facility whose symbol is what lies under its centre (no label over it). */
  function clickable() {
    const r = el('chain').getBoundingClientRect();
    const free = p => {
      const e = document.elementFromPoint(r.left + p.xy[0], r.top + p.xy[1]);
      return e && e.tagName.toLowerCase() === 'path';
    };
    const pts = chart.getOption().series[0].data.filter(n => n.kind !== 'company' && n.value > 0)
      .map(n => ({id: n.id, xy: chart.convertToPixel({seriesIndex: 0}, [n.x, n.y])}));
    const all = chart.getOption().series[0].data.map(n => chart.convertToPixel({seriesIndex: 0}, [n.x, n.y]));
    const gap = p => Math.min(...all.filter(q => q[0] !== p.xy[0] || q[1] !== p.xy[1]).map(q => Math.hypot(p.xy[0] - q[0], p.xy[1] - q[1])));
    return pts.map(p => ({...p, gap: gap(p)})).sort((a, b) => b.gap - a.gap).find(free) || null;
  }

  /** Where a node is drawn, in pixels of the chart element (for tests and keyboard focus). */
  function positionOf(id) {
    const n = chart.getOption().series[0].data.find(x => x.id === id);
    return n ? chart.convertToPixel({seriesIndex: 0}, [n.x, n.y]) : null;
  }

  async function show() {
    const me = state.me || {};
    const hash = new URLSearchParams(location.hash.split('?')[1] || '');
    if (!el('chain-co').value) el('chain-co').value = hash.get('company') || me.companyId || '';
    if (!data && el('chain-co').value) await drawCompany();
    if (chart) chart.resize();
  }

  function init() {
    el('chain-form').addEventListener('submit', e => {
      e.preventDefault();
      attempt(drawCompany)();
    });
    el('chain-tiers').addEventListener('change', () => data && draw());
    el('chain-node').addEventListener('change', () => el('chain-node').value && attempt(select)(el('chain-node').value));
  }

  VIEWS.chain = {show};
  ACTIONS['chain-engage'] = async btn => {
    await openCompany(data.companyId);
    state.exp.engaged = [btn.dataset.id];
    return whatIfChanged('exp');
  };
  ACTIONS['paths-of'] = async btn => {
    await openCompany(data.companyId);
    return paths(btn.dataset.id);
  };
  document.addEventListener('DOMContentLoaded', init);
  window.ketenlensChain = {positionOf, mostIsolated, clickable, select: id => attempt(select)(id),
    symbols: () => chart.getOption().series[0].data.map(n => n.symbol)};
})();
