package nl.ketenlens.graph;

import java.util.Map;
import java.util.Set;

/**
 * The Neo4j model in one place: node labels, relationship types and the property names that the
 * versioned schema files ({@code graph-schema/V*.cypher}) constrain or index. Every query in
 * {@code src/main} names labels and types through these constants (see ADR 0006); {@code SchemaTests}
 * checks them against the Cypher files, and graph-schema/README.md documents the same model.
 */
public final class Schema {

    private Schema() {
    }

    /** Node labels. */
    public static final class Label {
        public static final String COMPANY = "Company";
        /** Extra label on a {@link #COMPANY} whose kind is bank, insurer or pension fund. */
        public static final String FINANCIAL_INSTITUTION = "FinancialInstitution";
        public static final String FACILITY = "Facility";
        public static final String COUNTRY = "Country";
        public static final String REGION = "Region";
        public static final String COMMODITY = "Commodity";
        public static final String RISK_THEME = "RiskTheme";
        public static final String RISK_INDICATOR = "RiskIndicator";
        public static final String SOURCE = "Source";
        public static final String SECTOR = "Sector";
        public static final String COVENANT = "Covenant";
        public static final String SCHEMA_VERSION = "SchemaVersion";
        public static final String GRAPH_STATE = "GraphState";
        /** A login account (access). */
        public static final String USER = "User";
        /** One audited action: import, user change, admin read of a company's chain (access). */
        public static final String AUDIT_EVENT = "AuditEvent";

        public static final Set<String> ALL = Set.of(COMPANY, FINANCIAL_INSTITUTION, FACILITY, COUNTRY, REGION,
                COMMODITY, RISK_THEME, RISK_INDICATOR, SOURCE, SECTOR, COVENANT, SCHEMA_VERSION, GRAPH_STATE,
                USER, AUDIT_EVENT);

        private Label() {
        }

        /** Returns {@code label} if it is one of {@link #ALL}, so it is safe to put into Cypher text. */
        public static String require(String label) {
            if (!ALL.contains(label)) {
                throw new IllegalArgumentException("not a label of the graph model: '" + label + "'");
            }
            return label;
        }
    }

    /** Relationship types; direction is buyer → supplier, indicator → what it is about. */
    public static final class Rel {
        public static final String BUYS_FROM = "BUYS_FROM";
        public static final String FINANCES = "FINANCES";
        public static final String MEMBER_OF = "MEMBER_OF";
        public static final String IN_SECTOR = "IN_SECTOR";
        public static final String FOR_SECTOR = "FOR_SECTOR";
        public static final String LOCATED_IN = "LOCATED_IN";
        public static final String IN_REGION = "IN_REGION";
        public static final String PART_OF = "PART_OF";
        public static final String HANDLES = "HANDLES";
        public static final String OF_THEME = "OF_THEME";
        public static final String APPLIES_IN = "APPLIES_IN";
        public static final String FOR_COMMODITY = "FOR_COMMODITY";
        public static final String FROM_SOURCE = "FROM_SOURCE";

        public static final Set<String> ALL = Set.of(BUYS_FROM, FINANCES, MEMBER_OF, IN_SECTOR, FOR_SECTOR,
                LOCATED_IN, IN_REGION, PART_OF, HANDLES, OF_THEME, APPLIES_IN, FOR_COMMODITY, FROM_SOURCE);

        private Rel() {
        }
    }

    /** Property names that keys, indexes and the revision node rely on. */
    public static final class Prop {
        public static final String ID = "id";
        public static final String CODE = "code";
        public static final String ISO2 = "iso2";
        public static final String ISO3 = "iso3";
        public static final String VERSION = "version";
        public static final String NAME = "name";
        public static final String NAME_KEY = "nameKey";
        public static final String COUNTRY = "country";
        public static final String SECTOR = "sector";
        public static final String OS_ID = "osId";
        public static final String RMI_CID = "rmiCid";
        /** Key of the single {@link Label#GRAPH_STATE} node, whose value is {@link #MAIN}. */
        public static final String KEY = "key";
        public static final String REVISION = "revision";
        public static final String SEEDED_AT = "seededAt";
        public static final String FILE = "file";
        public static final String APPLIED_AT = "appliedAt";
        public static final String AT = "at";
        /** On {@code BUYS_FROM}: the buyer's estimated annual purchase over the link (optional, V0006), in {@link #VOLUME_UNIT}. */
        public static final String ANNUAL_VOLUME = "annualVolume";
        /** {@code kg}, {@code t} or {@code EUR}. */
        public static final String VOLUME_UNIT = "volumeUnit";
        /** On {@code Facility}: its estimated annual output (optional, V0006), in {@link #THROUGHPUT_UNIT}. */
        public static final String ANNUAL_THROUGHPUT = "annualThroughput";
        public static final String THROUGHPUT_UNIT = "throughputUnit";
        /** On {@code Facility}: certification or audit schemes as imported (self-declared), e.g. {@code RMAP conformant}. */
        public static final String CERTIFICATIONS = "certifications";
        /** On {@code FINANCES}: the amount financed or invested, in EUR (optional). */
        public static final String AMOUNT = "amount";
        /** On {@code BUYS_FROM}: the commodity's name (the {@code links} file's column), written by the embedded link writer. */
        public static final String LINK_COMMODITY = "commodity";
        /** On {@code BUYS_FROM}: the buyer's share of its purchase of the commodity, in [0,1] (optional). */
        public static final String SHARE = "share";
        /** On {@code BUYS_FROM} (and generated entities): made up by the synthetic generator. */
        public static final String SYNTHETIC = "synthetic";

        public static final Set<String> ALL = Set.of(ID, CODE, ISO2, ISO3, VERSION, NAME, NAME_KEY, COUNTRY, SECTOR,
                OS_ID, RMI_CID, KEY, REVISION, SEEDED_AT, FILE, APPLIED_AT, AT, ANNUAL_VOLUME, VOLUME_UNIT, ANNUAL_THROUGHPUT,
                THROUGHPUT_UNIT, CERTIFICATIONS, AMOUNT, LINK_COMMODITY, SHARE, SYNTHETIC);

        /** The value of {@link #KEY} on the one graph-state node. */
        public static final String MAIN = "main";

        private Prop() {
        }
    }

    /** The unique business key of each keyed label (what V0001 constrains; GraphState is keyed by convention). */
    public static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry(Label.COMPANY, Prop.ID),
            Map.entry(Label.FACILITY, Prop.ID),
            Map.entry(Label.COUNTRY, Prop.ISO2),
            Map.entry(Label.REGION, Prop.CODE),
            Map.entry(Label.COMMODITY, Prop.CODE),
            Map.entry(Label.RISK_THEME, Prop.CODE),
            Map.entry(Label.RISK_INDICATOR, Prop.ID),
            Map.entry(Label.SOURCE, Prop.ID),
            Map.entry(Label.SECTOR, Prop.CODE),
            Map.entry(Label.COVENANT, Prop.CODE),
            Map.entry(Label.SCHEMA_VERSION, Prop.VERSION),
            Map.entry(Label.GRAPH_STATE, Prop.KEY),
            Map.entry(Label.USER, Prop.NAME));

    /** The key property of {@code label}; throws if the label is unknown or has no key. */
    public static String keyOf(String label) {
        String key = KEYS.get(Label.require(label));
        if (key == null) {
            throw new IllegalArgumentException("label '" + label + "' has no key property");
        }
        return key;
    }
}
