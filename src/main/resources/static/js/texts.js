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
  /* The leverage explanations are English sentences built on the server from fields the answer also carries, so
     in Dutch the same sentence is built here from those fields (keys why.*); in English the server's text stays. */
  const en = () => I18N.lang === 'en';
  const pct1 = x => Number(x).toFixed(1);
  const place = (country, region) => (country || I18N.t('common.unknown')) + (region ? ` (${region})` : '');
  const list = (xs, n) => xs.slice(0, n).join(', ') + (xs.length > n ? ' …' : '');

  function facilityWhy(f, selected) {
    if (en()) return f.explanation;
    let s = I18N.t('why.facility', {kind: kind(f.type) || I18N.t('kind.facility'), name: f.name, place: place(f.country, f.region),
      n: I18N.count(f.reachCompanies), total: I18N.count(selected), members: I18N.count(f.reachMembers)});
    if (f.betweenness > 0) s += I18N.t('why.paths', {p: pct1(100 * f.betweennessShare)});
    if (f.dominatedHotspots.length) s += I18N.t('why.dominates', {list: list(f.dominatedHotspots, 3)});
    if (f.indicators.length) {
      const themes = [...new Set(f.indicators.map(i => `${theme(i.theme)} (${i.source ? i.source.publisher + ' ' + i.source.year : '?'})`))];
      s += I18N.t('why.bears', {themes: list(themes, 4)});
    }
    return s;
  }

  function planWhy(x, total) {
    if (en()) return x.explanation;
    const vars = {gain: pct1(total > 0 ? 100 * x.gain / total : 0), cum: pct1(100 * x.coveredShare), n: I18N.count(x.companies),
      kind: kind(x.type) || I18N.t('kind.facility'), name: x.name, place: place(x.country), targets: x.targets};
    return I18N.t(x.facilityId ? 'why.plan' : 'why.plan.withheld', vars);
  }

  const guarantee = r => en() ? r.guarantee : I18N.t('why.guarantee', {n: r.steps.length});

  function cutWhy(r) {
    if (en()) return r.explanation;
    if (!r.separable) return I18N.t('why.cut.inseparable', {hotspot: r.hotspot});
    if (r.cutSize === 0) return I18N.t('why.cut.unreached', {hotspot: r.hotspot, targets: r.targets});
    return I18N.t('why.cut', {size: r.cutSize, n: I18N.count(r.exposedCompanies), targets: r.targets, hotspot: r.hotspot})
      + (r.cut.length < r.cutSize ? I18N.t('why.cut.withheld', {n: r.cutSize - r.cut.length}) : '');
  }

  const groupWhy = g => en() ? g.explanation : I18N.t('why.group', {n: I18N.count(g.companies),
    j: Number(g.meanSimilarity).toFixed(2), list: g.sharedHotspots.length ? list(g.sharedHotspots, 5) : I18N.t('table.none')});

  const num2 = x => Number(x).toFixed(2);
  const stages = xs => (xs || []).map(x => I18N.t('stage.' + x)).join(I18N.t('why.and'));
  /** A chain stage code (extraction, processing, manufacturing, trade) in words; null = a type without a stage. */
  const stage = code => code ? I18N.t('stage.' + code) : I18N.t('stage.unknown');
  /** Expected upstream risk (ADR 0013): no supplier on record, and a finding where its suppliers would be. */
  const upstream = b => b.reasons.includes('no_supplier') && b.expectedRiskWeight != null;
  /** The expected finding describes only stages other than the facility's own: it lies with the unknown suppliers. */
  const earlierOnly = b => upstream(b) && !!b.stage && !!b.expectedStages && b.expectedStages.length > 0
    && !b.expectedStages.includes(b.stage);

  /** An exposure issue's reason, from the fields the answer carries (the server's sentence in English). */
  function issueWhy(i) {
    if (en()) return i.reason;
    let s = I18N.t('why.issue', {theme: theme(i.theme), country: i.country || I18N.t('common.unknown'),
      sev: num2(i.severity), lik: Number(i.likelihood).toFixed(1)});
    if (i.commodity && i.commodity !== '*') s = I18N.t('why.issue.commodity', {commodity: i.commodity}) + s;
    if (i.proxy) s += I18N.t('why.issue.proxy');
    if (i.unknown && i.unknown.length) s += I18N.t('why.issue.unknown', {dims: i.unknown.join(', ')});
    s += I18N.t('why.issue.reached', {tier: i.tier, paths: i.pathCount});
    if (i.facilityCount > 1) s += I18N.t('why.issue.facilities', {n: i.facilityCount});
    return s + (i.share == null ? I18N.t('why.issue.noShare') : I18N.t('why.issue.share', {p: pct1(100 * i.share)}));
  }

  /** A blind spot's explanation, from its fields (the server's sentence in English). */
  function blindWhy(b) {
    if (en()) return b.explanation;
    let s = I18N.t('why.blind', {name: b.name + (b.stage ? I18N.t('why.blind.stage', {stage: stage(b.stage)}) : ''),
      kind: kind(b.type) || I18N.t('kind.facility'), reasons: b.reasons.map(blindReason).join(I18N.t('why.and'))});
    if (b.expectedFrom && b.expectedFrom.length) s += I18N.t('why.blind.from', {list: list(b.expectedFrom, 4)});
    if (b.expectedRiskWeight == null) return s + I18N.t('why.blind.none');
    s += I18N.t('why.blind.expected', {w: num2(b.expectedRiskWeight), theme: theme(b.expectedTheme),
      commodity: b.expectedCommodity || '?', country: b.expectedCountry || I18N.t('common.unknown')});
    if (b.expectedStages && b.expectedStages.length) s += I18N.t('why.blind.stages', {stages: stages(b.expectedStages)});
    if (earlierOnly(b)) s += I18N.t('why.blind.earlier', {own: stage(b.stage)});
    return s + '.';
  }

  /** What an indicator is about: its commodity, its commodity list (ADR 0023: EDGAR agriculture, farm goods only,
      never "all commodities"), or all commodities (allKey). */
  function goods(i, allKey) {
    if (i.commodity) return i.commodity;
    const listed = i.commodities || [];
    if (!listed.length) return I18N.t(allKey || 'common.allCommodities');
    return I18N.t('common.listedCommodities', {n: listed.length, list: listed.slice(0, 3).join(', ')});
  }

  return {problem, kind, blindReason, facilityWhy, planWhy, guarantee, cutWhy, groupWhy, issueWhy, blindWhy, stage, upstream,
    goods};
})();
