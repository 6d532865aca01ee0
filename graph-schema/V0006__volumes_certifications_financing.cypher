// Ketenlens graph schema, version 6 (issue 11, ADR 0017): what real chains carry.
// Volumes, throughputs and certifications are optional and rare: the projection reads only the links and facilities
// that have them, through these indexes, instead of scanning every link (418k in the benchmark network) for a property.
CREATE INDEX buys_from_annual_volume IF NOT EXISTS FOR ()-[r:BUYS_FROM]-() ON (r.annualVolume);
CREATE INDEX facility_annual_throughput IF NOT EXISTS FOR (n:Facility) ON (n.annualThroughput);
CREATE INDEX facility_certifications IF NOT EXISTS FOR (n:Facility) ON (n.certifications);
// Financing links imported with the `financing` kind: one FINANCES per (financier, company), enforced by the importer
// (Neo4j has no relationship-uniqueness constraint over endpoints), so no constraint here.
