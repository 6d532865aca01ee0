'use strict';
/* Map (issue 12 item 2): countries shaded by the selection's exposure, per theme. Geometry: Natural Earth via
   world-atlas (geo/countries-110m.json, TopoJSON, converted to GeoJSON here), ids mapped to ISO alpha-2 by
   geo/iso-numeric.json. A covenant or sector: the hotspots of GET /api/leverage summed per country; the viewer's own
   company: the exposure totals per country. Click a country for its indicators with sources. */
(() => {
  let chart = null, registered = false, lastRows = [];
  const el = id => document.getElementById(id);

  /** TopoJSON → GeoJSON FeatureCollection (quantized arcs, delta-encoded), enough for world-atlas. */
  function topoToGeo(topo, object, iso) {
    const tf = topo.transform, arcs = topo.arcs.map(arc => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => { x += dx; y += dy; return tf ? [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]] : [dx, dy]; });
    });
    const line = ids => ids.flatMap((i, k) => {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      return k ? a.slice(1) : a;
    });
    // a ring that crosses the antimeridian (Fiji, Chukotka) is drawn as its eastern and western halves, not as a
    // stripe across the whole map
    const crosses = ring => ring.some((p, i) => i && Math.abs(p[0] - ring[i - 1][0]) > 180);
    const split = ring => !crosses(ring) ? [ring]
      : [ring.filter(p => p[0] >= 0), ring.filter(p => p[0] < 0)].filter(r => r.length > 2).map(r => [...r, r[0]]);
    const polygons = arcsOfPolygon => {
      const rings = arcsOfPolygon.map(line);
      return crosses(rings[0]) ? split(rings[0]).map(r => [r]) : [rings];
    };
    const features = topo.objects[object].geometries.filter(g => g.type && g.id !== '010').map(g => ({ // no Antarctica
      type: 'Feature', properties: {name: iso[g.id] || g.properties.name, label: g.properties.name},
      geometry: {type: 'MultiPolygon', coordinates: (g.type === 'Polygon' ? [g.arcs] : g.arcs).flatMap(polygons)}
    }));
    return {type: 'FeatureCollection', features};
  }

  async function register() {
    if (registered) return;
    const [topo, iso] = await Promise.all([fetch('geo/countries-110m.json').then(r => r.json()),
      fetch('geo/iso-numeric.json').then(r => r.json())]);
    echarts.registerMap('world', topoToGeo(topo, 'countries', iso));
    registered = true;
  }

  async function values() {
    const [by, value] = el('map-sel').value.split(':'), th = el('map-theme').value;
    if (by === 'company') {
      const r = await api(`/api/companies/${enc(value)}/exposure`, {theme: th});
      return {title: r.companyName, synthetic: true, rows: r.totals.byCountry.map(x => ({country: x.key, value: x.riskWeight}))};
    }
    const r = await api('/api/leverage', {[by]: value, theme: th, top: 1});
    const sum = new Map();
    r.hotspots.forEach(x => {
      const c = x.hotspot.split(':')[0];
      sum.set(c, (sum.get(c) || 0) + x.exposure);
    });
    return {title: value, synthetic: r.scope.syntheticData, rows: [...sum].map(([country, v]) => ({country, value: v}))};
  }

  async function draw() {
    if (!el('map-sel').value) throw Object.assign(new Error(t('chain.needSelection')), {title: t('err.nothingSelected')});
    await register();
    const v = await values();
    lastRows = v.rows.sort((a, b) => b.value - a.value);
    const max = Math.max(1e-9, ...lastRows.map(r => r.value));
    if (!chart) {
      chart = echarts.init(el('map'), null, {renderer: 'svg'});
      chart.on('click', p => p.name && attempt(country)(p.name));
      window.addEventListener('resize', () => chart.resize());
    }
    chart.setOption({
      aria: {enabled: true, label: {description: t('map.aria.description', {n: lastRows.length})}},
      tooltip: {trigger: 'item', formatter: p => `${out(p.name)}: ${p.value == null || isNaN(p.value) ? t('map.none') : num(p.value, 1)}`},
      visualMap: {min: 0, max, left: 'left', bottom: 10, text: [t('map.high'), t('map.low')], calculable: false,
        inRange: {color: ['#fff3e0', '#ef6c00', '#7f1d1d']}},
      series: [{type: 'map', map: 'world', roam: true, nameProperty: 'name', emphasis: {label: {show: false}},
        itemStyle: {areaColor: '#eceff1', borderColor: '#90a4ae', borderWidth: 0.5},
        data: lastRows.map(r => ({name: r.country, value: r.value}))}]
    }, true);
    el('map').dataset.countries = String(lastRows.length);
    put('map-facts', h`${v.title} ${badge(v.synthetic)} · ${theme(el('map-theme').value)} · ${t('map.facts', {n: lastRows.length})}`);
    put('map-table', table('map-t', t('map.table'), [t('col.country'), t('col.exposure')],
      lastRows.map(r => [ctyBtn(r.country), num(r.value, 1)])));
  }

  function show() {
    if (!el('map-sel').options.length) {
      const me = state.me || {};
      el('map-sel').innerHTML = (me.companyId ? out(h`<option value="company:${me.companyId}">${t('map.own')}</option>`) : '')
        + el('lev-sel').innerHTML;
      el('map-sel').selectedIndex = me.companyId ? 0 : Math.min(2, el('map-sel').options.length - 1);
      if (el('map-sel').value) return draw();
    }
    if (chart) chart.resize();
  }

  VIEWS.map = {show};
  document.addEventListener('DOMContentLoaded', () => el('map-form').addEventListener('submit', e => {
    e.preventDefault();
    attempt(draw)();
  }));
})();
