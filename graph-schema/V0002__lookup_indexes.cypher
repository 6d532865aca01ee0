// Ketenlens graph schema, version 2: lookups used by import entity resolution and the read API.
CREATE INDEX facility_os_id IF NOT EXISTS FOR (n:Facility) ON (n.osId);
CREATE INDEX facility_rmi_cid IF NOT EXISTS FOR (n:Facility) ON (n.rmiCid);
CREATE INDEX facility_name_key IF NOT EXISTS FOR (n:Facility) ON (n.nameKey, n.country);
CREATE INDEX facility_country IF NOT EXISTS FOR (n:Facility) ON (n.country);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX company_sector IF NOT EXISTS FOR (n:Company) ON (n.sector);
CREATE INDEX indicator_country IF NOT EXISTS FOR (n:RiskIndicator) ON (n.country);
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
