// Ketenlens graph schema, version 2: lookups used by import entity resolution and the read API.
// osId and rmiCid lookups: the unique constraints of V0004 (they bring their own index)
CREATE INDEX facility_name_key IF NOT EXISTS FOR (n:Facility) ON (n.nameKey, n.country);
CREATE INDEX facility_country IF NOT EXISTS FOR (n:Facility) ON (n.country);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX company_sector IF NOT EXISTS FOR (n:Company) ON (n.sector);
CREATE INDEX indicator_country IF NOT EXISTS FOR (n:RiskIndicator) ON (n.country);
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
