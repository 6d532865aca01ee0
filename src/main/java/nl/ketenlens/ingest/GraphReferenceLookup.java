package nl.ketenlens.ingest;

import nl.ketenlens.csv.CsvFormatException;
import nl.ketenlens.csv.CsvReader;
import nl.ketenlens.csv.CsvTable;
import nl.ketenlens.graph.Schema;
import nl.ketenlens.graph.Schema.Label;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link ReferenceLookup} over the graph: the small reference tables (countries, regions,
 * commodities, themes, sectors, covenants) are read once per import into {@link ReferenceTables};
 * company and facility ids are checked with one indexed {@code UNWIND} query per 10,000 ids.
 */
final class GraphReferenceLookup extends ReferenceTables {
    private static final int ID_BATCH = 10_000;
    private static final String ALIASES = "/seed-data/reference/country-aliases.csv";
    private final Driver driver;

    private GraphReferenceLookup(Driver driver, List<Country> countries, List<Region> regions,
                                 List<Commodity> commodities, List<String> themes, List<String> sectors,
                                 List<String> covenants) {
        super(countries, regions, commodities, themes, sectors, covenants, List.of(), List.of());
        this.driver = driver;
    }

    static GraphReferenceLookup load(Driver driver) {
        String countryQuery = "MATCH (c:%s) RETURN c.iso2 AS a, c.iso3 AS b, c.name AS c".formatted(Label.COUNTRY);
        List<Country> countries = new ArrayList<>(list(driver, countryQuery,
                r -> new Country(r.get("a").asString(), r.get("b").asString(null), r.get("c").asString(null))));
        Set<String> known = new HashSet<>();
        countries.forEach(c -> known.add(c.iso2()));
        aliases().stream().filter(a -> known.contains(a.iso2())).forEach(countries::add);
        return new GraphReferenceLookup(driver, countries,
                list(driver, "MATCH (r:%s) RETURN r.code AS a, r.country AS b".formatted(Label.REGION),
                        r -> new Region(r.get("a").asString(), r.get("b").asString(null))),
                list(driver, "MATCH (c:%s) RETURN c.code AS a, c.name AS b, c.hs AS c".formatted(Label.COMMODITY),
                        r -> new Commodity(r.get("a").asString(), r.get("b").asString(null), r.get("c").asString(null))),
                codes(driver, Label.RISK_THEME), codes(driver, Label.SECTOR), codes(driver, Label.COVENANT));
    }

    /**
     * Other spellings of country names that source files use ("Viet Nam", "Korea, Rep."), from the
     * reference seed's country-aliases.csv on the classpath; none when it is absent.
     */
    static List<Country> aliases() {
        try (InputStream in = GraphReferenceLookup.class.getResourceAsStream(ALIASES)) {
            if (in == null) {
                return List.of();
            }
            CsvTable table = CsvReader.read(in.readAllBytes());
            int alias = table.header().indexOf("alias");
            int iso2 = table.header().indexOf("iso2");
            if (alias < 0 || iso2 < 0) {
                return List.of();
            }
            return table.records().stream().map(CsvTable.CsvRecord::fields)
                    .filter(f -> f.size() > Math.max(alias, iso2) && !f.get(iso2).isBlank())
                    .map(f -> new Country(f.get(iso2).trim(), null, f.get(alias))).toList();
        } catch (IOException | CsvFormatException e) {
            return List.of();
        }
    }

    private static <T> List<T> list(Driver driver, String query, Function<Record, T> map) {
        return driver.executableQuery(query).execute().records().stream().map(map).toList();
    }

    private static List<String> codes(Driver driver, String label) {
        String query = "MATCH (n:%s) RETURN n.%s AS a".formatted(Label.require(label), Schema.keyOf(label));
        return list(driver, query, r -> r.get("a").asString());
    }

    @Override
    public Set<String> existingCompanies(Collection<String> ids) {
        return existing(Label.COMPANY, ids);
    }

    @Override
    public Set<String> existingFacilities(Collection<String> ids) {
        return existing(Label.FACILITY, ids);
    }

    private Set<String> existing(String label, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        String query = "UNWIND $ids AS id MATCH (n:%1$s {id: id}) USING INDEX n:%1$s(id) RETURN n.id AS id"
                .formatted(Label.require(label));
        for (int i = 0; i < all.size(); i += ID_BATCH) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + ID_BATCH));
            driver.executableQuery(query)
                    .withParameters(Map.of("ids", batch)).execute().records()
                    .forEach(r -> found.add(r.get("id").asString()));
        }
        return found;
    }
}
