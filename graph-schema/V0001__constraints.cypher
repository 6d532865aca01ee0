// Ketenlens graph schema, version 1: business keys are unique; applied at every start (idempotent).
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_iso2 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso2 IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT commodity_code IF NOT EXISTS FOR (n:Commodity) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT theme_code IF NOT EXISTS FOR (n:RiskTheme) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:RiskIndicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_code IF NOT EXISTS FOR (n:Sector) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT covenant_code IF NOT EXISTS FOR (n:Covenant) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT schema_version IF NOT EXISTS FOR (n:SchemaVersion) REQUIRE n.version IS UNIQUE;
