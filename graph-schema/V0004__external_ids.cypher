// Ketenlens graph schema, version 4: an external id (Open Supply Hub OS ID, RMI smelter CID) names one facility.
// The importer already refuses a second owner; the constraints make the store refuse it too, whoever writes.
// A unique constraint brings its own index, so V0002's plain indexes on the same properties go first.
DROP INDEX facility_os_id IF EXISTS;
DROP INDEX facility_rmi_cid IF EXISTS;
CREATE CONSTRAINT facility_os_id_unique IF NOT EXISTS FOR (n:Facility) REQUIRE n.osId IS UNIQUE;
CREATE CONSTRAINT facility_rmi_cid_unique IF NOT EXISTS FOR (n:Facility) REQUIRE n.rmiCid IS UNIQUE;
