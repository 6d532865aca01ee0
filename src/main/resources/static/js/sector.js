'use strict';
/* Sector graph and Sankey flow (issue 12 items 1 and 2), from GET /api/sector-graph?covenant=|sector=.
   Graph: the members of the covenant or sector collapsed into one "N members" node (a count, never names), the
   facilities that at least k members reach and the facility → facility links between them, laid out by tier left →
   right; node size by risk-weighted reach, colour by hotspot group (legend), black ring = chokepoint, purple ring
   and "P1" = engagement-plan facility. The server caps the nodes ("top N of M") and says so.
   Flow: members → tier 1 → … → country, link widths = risk-weighted exposure (ECharts sankey).
   Export: the same aggregate graph as GraphML/GEXF/DOT/CSV from GET /api/export?covenant=|sector=. */
(() => {
  const PALETTE = ['#0b5d7a', '#c62828', '#6a1b9a', '#2e7d32', '#ef6c00', '#00838f', '#ad1457', '#4e342e'];
  const OTHER = '#78909c';
  const SHAPES = {members: 'rect', smelter: 'diamond', refinery: 'diamond', mine: 'triangle', farm: 'triangle',
    plantation: 'triangle', mill: 'roundRect', factory: 'roundRect', trader: 'pin'};
  let graphChart = null, flowChart = null, data = null;
  const el = id => document.getElementById(id);
  const kindName = k => t('kind.' + k) === 'kind.' + k ? k : t('kind.' + k);
  const membersLabel = c => t('chain.members', {n: cnt(c)});

  /** A hotspot key (CD:CD-NK:gold:conflict) in the page's language: theme translated, codes kept. */
  function hotspotLabel(key) {
    const parts = key.split(':');
    return parts.length < 3 ? key : `${parts.slice(0, -1).join(':')} · ${theme(parts[parts.length - 1])}`;
  }

  function graphOption(r) {
    const groups = r.hotspots.filter(x => x.shownFacilities > 0).slice(0, PALETTE.length);
    // fixed categories first, so a scrolling legend always shows them
    const categories = [{name: kindName('members'), itemStyle: {color: '#1d2330'}}, {name: t('sec.group.none'), itemStyle: {color: OTHER}},
      ...groups.map((x, i) => ({name: hotspotLabel(x.hotspot), itemStyle: {color: PALETTE[i]}}))];
    const catOf = n => n.kind === 'members' ? 0 : 2 + groups.findIndex(x => x.hotspot === n.hotspot); // not found: 1 = none
    const byTier = new Map();
    r.nodes.forEach(n => (byTier.get(n.tier) || byTier.set(n.tier, []).get(n.tier)).push(n));
    const maxReach = Math.max(1e-9, ...r.nodes.filter(n => n.kind !== 'members').map(n => n.riskReach));
    const nodes = [];
    for (const [tier, list] of byTier) {
      list.sort((a, b) => (a.hotspot || '~').localeCompare(b.hotspot || '~') || b.riskReach - a.riskReach);
      list.forEach((n, i) => {
        const members = n.kind === 'members';
        const ring = n.chokepoint ? {borderColor: '#000', borderWidth: 3} : n.planRank ? {borderColor: '#6a1b9a', borderWidth: 3} : {borderColor: '#fff', borderWidth: 1};
        nodes.push({id: n.id, name: members ? membersLabel(n.companies) : n.name, x: tier * 320, y: (i - list.length / 2) * 28,
          category: catOf(n), symbol: SHAPES[n.kind] || 'circle', symbolSize: members ? 34 : 9 + 18 * Math.sqrt(n.riskReach / maxReach),
          itemStyle: ring, kind: n.kind, tier, value: n.riskReach,
          label: {show: members || list.length <= 40 || n.chokepoint || n.planRank != null, position: 'right', fontSize: 11, width: 170,
            overflow: 'truncate', formatter: (n.planRank ? `P${n.planRank} · ` : '') + (members ? membersLabel(n.companies) : n.name)},
          detail: n});
      });
    }
    const links = r.edges.map(e => ({source: e.source, target: e.target,
      lineStyle: {width: e.companies ? 1.5 + 4 * ((e.companies.value || 3) / Math.max(1, r.nodes[0].companies.value || 3)) : e.share == null ? 1 : 1 + 5 * e.share,
        type: e.share == null && !e.companies ? 'dashed' : 'solid', color: '#78909c', opacity: 0.8, curveness: 0.1},
      detail: e}));
    return {
      aria: {enabled: true, label: {description: t('sec.aria.graph', {nodes: nodes.length, edges: links.length})}},
      animation: false,
      legend: [{data: categories.map(c => c.name), type: 'scroll', bottom: 0, textStyle: {color: '#1d2330'}}],
      tooltip: {formatter: p => p.dataType === 'node' ? nodeTip(p.data.detail) : edgeTip(p.data.detail)},
      series: [{type: 'graph', layout: 'none', roam: true, data: nodes, links, categories,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6, emphasis: {focus: 'adjacency'}}]
    };
  }

  function nodeTip(n) {
    if (n.kind === 'members') return out(membersLabel(n.companies));
    return `${out(n.name)}<br>${out(kindName(n.kind))} · ${out(n.country || t('common.unknown'))}${n.region ? ' · ' + out(n.region) : ''}
      · ${t('chain.tier', {n: n.tier})}<br>${t('sec.reach')} ${num(n.riskReach, 1)} · ${t('chain.riskWeight')} ${num(n.riskWeight)}
      · ${out(t('sec.companies', {n: cnt(n.companies)}))}${n.chokepoint ? '<br>' + t('sec.chokepoint') : ''}${n.planRank ? '<br>' + t('sec.plan', {n: n.planRank}) : ''}`;
  }

  const edgeTip = e => e.companies ? out(t('sec.direct', {n: cnt(e.companies)}))
    : `${out(e.source)} → ${out(e.target)}${e.commodity ? ' · ' + out(e.commodity) : ''}${e.share != null ? ' · ' + pct(e.share) : ''}`;

  /** Sankey: node ids stay the server's (unique), labels are translated. */
  function flowOption(f, members) {
    const label = id => {
      const n = f.nodes.find(x => x.id === id);
      return !n ? id : n.kind === 'members' ? membersLabel(members) : n.kind === 'tier' ? t('chain.tier', {n: n.tier}) : n.country || t('common.unknown');
    };
    return {
      aria: {enabled: true, label: {description: t('sec.aria.flow', {nodes: f.nodes.length, total: num(f.total, 1)})}},
      animation: false,
      tooltip: {trigger: 'item', formatter: p => p.dataType === 'edge'
        ? `${out(label(p.data.source))} → ${out(label(p.data.target))}: ${num(p.data.value, 1)}` : `${out(label(p.name))}: ${num(p.value, 1)}`},
      series: [{type: 'sankey', left: 20, right: 120, top: 20, bottom: 20, nodeAlign: 'left', layoutIterations: 0,
        emphasis: {focus: 'adjacency'}, lineStyle: {color: 'gradient', opacity: 0.45},
        label: {formatter: p => label(p.name), color: '#1d2330'},
        data: f.nodes.map(n => ({name: n.id, itemStyle: {color: n.kind === 'members' ? '#0b5d7a' : n.kind === 'tier' ? '#5b6475' : '#b71c1c'}})),
        links: f.links.map(l => ({source: l.source, target: l.target, value: l.value}))}]
    };
  }

  function chart(id, current) {
    if (current) return current;
    const c = echarts.init(el(id), null, {renderer: 'svg'});
    window.addEventListener('resize', () => c.resize());
    return c;
  }

  async function draw() {
    const [by, value] = el('sec-sel').value.split(':');
    if (!value) throw Object.assign(new Error(t('chain.needSelection')), {title: t('err.nothingSelected')});
    const params = {[by]: value, theme: el('sec-theme').value, top: el('sec-top').value};
    const started = performance.now();
    const r = await api('/api/sector-graph', params);
    data = r;
    const c = r.counts;
    put('sec-facts', h`${scopeLine(r.scope)} ${badge(r.scope.syntheticData)} · ${t('sec.facts', {shown: c.shownFacilities, of: c.nameableFacilities})}
      ${c.withheldFacilities ? h` · ${t('sec.withheld', {n: c.withheldFacilities})}` : ''} · ${t('common.revision', {rev: r.scope.graphRevision})}`);
    graphChart = chart('sec-graph', graphChart);
    graphChart.setOption(graphOption(r), true);
    graphChart.off('click');
    graphChart.on('click', p => p.dataType === 'node' && p.data.kind !== 'members' && attempt(facility)(p.data.id));
    el('sec-graph').dataset.nodes = String(r.nodes.length);
    el('sec-graph').dataset.edges = String(r.edges.length);
    flowChart = chart('sec-flow', flowChart);
    flowChart.setOption(flowOption(r.flow, r.nodes[0].companies), true);
    el('sec-flow').dataset.links = String(r.flow.links.length);
    // request + both charts on screen, for the browser test's figure
    el('sec-graph').dataset.renderMillis = String(Math.round(performance.now() - started));
    put('sec-legend', h`${t('sec.legend')}`);
    put('sec-flow-facts', r.flow.links.length ? t('sec.flow.facts', {total: num(r.flow.total, 1)}) : t('sec.flow.none'));
    const q = new URLSearchParams({[by]: value});
    if (params.theme) q.set('theme', params.theme);
    const link = (format, label) => h`<a class="dl" href="api/export?${q.toString()}&amp;format=${format}" download data-format="${format}">${label}</a>`;
    put('sec-export', h`${t('sec.export')} ${link('graphml', 'GraphML')} · ${link('gexf', 'GEXF')} · ${link('dot', 'DOT')} ·
      ${link('csv', t('chain.export.edges'))} · ${link('nodes-csv', t('chain.export.nodes'))}`);
    put('sec-hot', table('sec-hot-t', t('hot.caption'), [t('lev.hotspot'), t('sec.col.shown'), t('col.exposedCompanies'), t('col.exposure'), t('col.chokepoints')],
      r.hotspots.map(x => [h`<code>${x.hotspot}</code> <small>${theme(x.hotspot.split(':').pop())}</small>`, x.shownFacilities, cnt(x.exposedCompanies),
        num(x.exposure, 1), x.chokepointIds.length ? x.chokepointIds.map(id => h`${facBtn(id)} `) : t('table.none')])));
    history.replaceState(null, '', '#sec?' + q);
  }

  function show() {
    if (!el('sec-sel').options.length) {
      el('sec-sel').innerHTML = el('lev-sel').innerHTML;
      const hash = new URLSearchParams(location.hash.split('?')[1] || '');
      const pick = hash.get('covenant') ? 'covenant:' + hash.get('covenant') : hash.get('sector') ? 'sector:' + hash.get('sector') : '';
      if (pick) {
        el('sec-sel').value = pick;
        return draw();
      }
    }
    if (graphChart) graphChart.resize();
    if (flowChart) flowChart.resize();
  }

  // the tab sits after the chain graph; app.js builds the tab list from TABS at start
  TABS.splice(TABS.indexOf('chain') + 1, 0, 'sec');
  VIEWS.sec = {show};
  document.addEventListener('DOMContentLoaded', () => el('sec-form').addEventListener('submit', e => {
    e.preventDefault();
    attempt(draw)();
  }));
  window.ketenlensSector = {option: () => graphChart && graphChart.getOption(), data: () => data};
})();
