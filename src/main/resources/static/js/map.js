'use strict';
/* Map (issue 12 item 2): countries shaded by the selection's exposure, per theme. Geometry: Natural Earth via
   world-atlas (geo/countries-110m.json, TopoJSON, converted to GeoJSON here), ids mapped to ISO alpha-2 by
   geo/iso-numeric.json. A covenant or sector: the risk-weighted exposure per country of GET /api/sector-graph (the
   Sankey's tier → country flows, facilities at least k members reach); the viewer's own company: the exposure totals
   per country. Click a country for its indicators with sources.
   CAHRA regions (EU list, the only sub-national reference data, ADR 0004): no sub-national geometry is shipped, so a
   region with an indicator in the selection's chains is a triangle at its country's centre (spread in a small ring
   when a country has several) and a row in the regions table. */
(() => {
  let chart = null, registered = false, lastRows = [];
  const centres = new Map(); // ISO alpha-2 -> [lon, lat], centre of the country's largest polygon's bounding box
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
    const world = topoToGeo(topo, 'countries', iso);
    world.features.forEach(f => {
      const boxes = f.geometry.coordinates.map(poly => {
        const xs = poly[0].map(p => p[0]), ys = poly[0].map(p => p[1]);
        return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      }).sort((a, b) => (b[2] - b[0]) * (b[3] - b[1]) - (a[2] - a[0]) * (a[3] - a[1]));
      if (boxes.length) centres.set(f.properties.name, [(boxes[0][0] + boxes[0][2]) / 2, (boxes[0][1] + boxes[0][3]) / 2]);
    });
    echarts.registerMap('world', world);
    registered = true;
  }

  async function values() {
    const [by, value] = el('map-sel').value.split(':'), th = el('map-theme').value;
    if (by === 'company') {
      const r = await api(`/api/companies/${enc(value)}/exposure`, {theme: th});
      const regions = new Map();
      r.facilities.forEach(f => {
        const regional = (f.indicators || []).filter(i => i.region && i.region === f.region);
        if (!regional.length) return;
        const x = regions.get(f.region) || {country: f.country, region: f.region, facilities: 0, exposure: 0, themes: new Set()};
        x.facilities += 1;
        x.exposure += f.riskWeight;
        regional.forEach(i => x.themes.add(i.theme));
        regions.set(f.region, x);
      });
      return {title: r.companyName, synthetic: true, rows: r.totals.byCountry.map(x => ({country: x.key, value: x.riskWeight})),
        regions: [...regions.values()].map(x => ({...x, themes: [...x.themes]}))};
    }
    const r = await api('/api/sector-graph', {[by]: value, theme: th, top: 1});
    const sum = new Map();
    r.flow.links.filter(l => l.target.startsWith('country:') && l.target.length > 8).forEach(l => {
      const c = l.target.slice(8);
      sum.set(c, (sum.get(c) || 0) + l.value);
    });
    return {title: value, synthetic: r.scope.syntheticData, rows: [...sum].map(([country, v]) => ({country, value: v})),
      regions: r.regions};
  }

  /** Region markers: a small ring around the country's centre, one triangle per region. */
  function regionMarkers(regions) {
    const perCountry = new Map();
    regions.forEach(r => (perCountry.get(r.country) || perCountry.set(r.country, []).get(r.country)).push(r));
    const out = [];
    for (const [country, list] of perCountry) {
      const c = centres.get(country);
      if (!c) continue;
      list.forEach((r, i) => {
        const a = 2 * Math.PI * i / list.length, d = list.length > 1 ? 1.6 : 0;
        out.push({name: r.region, value: [c[0] + d * Math.cos(a), c[1] + d * Math.sin(a), r.exposure], region: r});
      });
    }
    return out;
  }

  async function draw() {
    if (!el('map-sel').value) throw Object.assign(new Error(t('chain.needSelection')), {title: t('err.nothingSelected')});
    await register();
    const v = await values();
    lastRows = v.rows.sort((a, b) => b.value - a.value);
    const max = Math.max(1e-9, ...lastRows.map(r => r.value));
    if (!chart) {
      chart = echarts.init(el('map'), null, {renderer: 'svg'});
      chart.on('click', p => p.name && attempt(country)(p.seriesType === 'scatter' ? p.data.region.country : p.name));
      window.addEventListener('resize', () => chart.resize());
    }
    const markers = regionMarkers(v.regions || []);
    chart.setOption({
      aria: {enabled: true, label: {description: t('map.aria.description', {n: lastRows.length})}},
      tooltip: {trigger: 'item', formatter: p => p.seriesType === 'scatter'
        ? `${out(p.data.region.region)} (${out(p.data.region.country)}): ${p.data.region.themes.map(theme).map(out).join(', ')} · ${num(p.data.region.exposure, 1)}`
        : `${out(p.name)}: ${p.value == null || isNaN(p.value) ? t('map.none') : num(p.value, 1)}`},
      visualMap: {min: 0, max, left: 'left', bottom: 10, text: [t('map.high'), t('map.low')], calculable: false, seriesIndex: 0,
        inRange: {color: ['#fff3e0', '#ef6c00', '#7f1d1d']}},
      geo: {map: 'world', roam: true, nameProperty: 'name', emphasis: {label: {show: false}},
        itemStyle: {areaColor: '#eceff1', borderColor: '#90a4ae', borderWidth: 0.5}},
      series: [{type: 'map', geoIndex: 0, data: lastRows.map(r => ({name: r.country, value: r.value}))},
        {type: 'scatter', coordinateSystem: 'geo', symbol: 'triangle', symbolSize: 11, data: markers, z: 5,
          itemStyle: {color: '#1d2330', borderColor: '#fff', borderWidth: 1},
          label: {show: markers.length <= 30, formatter: p => p.name, position: 'right', fontSize: 10, color: '#1d2330'}}]
    }, true);
    el('map').dataset.regions = String(markers.length);
    const regions = v.regions || [];
    put('map-regions', h`<h2>${t('map.regions')}</h2><p class="facts">${t('map.regions.legend')} · ${t('map.regions.note')}</p>
      ${regions.length ? table('map-r', t('map.regions'), [t('col.regionCode'), t('col.country'), t('col.theme'), t('col.facilities'), t('col.exposure')],
        regions.map(r => [h`<code>${r.region}</code>`, ctyBtn(r.country), r.themes.map(theme).join(', '), r.facilities, num(r.exposure, 1)]))
        : h`<p class="note">${t('map.regions.none')}</p>`}`);
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
