package nl.ketenlens.seed.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenlens.graph.IndicatorRow;
import nl.ketenlens.graph.SourceRow;

/**
 * Reads the reference data from {@code seed-data/reference/} into {@link ReferenceData}: countries (with EUDR tier and
 * WGI estimates), CAHRA regions, commodities, themes, sources, sectors, covenants, and the risk indicators derived
 * from ILAB, CAHRA and EUDR by {@link SeverityRules} and from the theme-indicator files by {@link ThemeRules}.
 *
 * <p>Strict: any country name or ILAB good that does not map, any unknown code and any duplicate key fails with a
 * {@link ReferenceDataException} naming file, line and value. Framework-free; reads the whole set on each call
 * (6,720 indicators, 604 of them EDGAR by sector; about 0.15 s of CPU once warm).
 */
public final class ReferenceDataReader {
    private final ReferenceFiles files;

    /** Reads from the classpath. */
    public ReferenceDataReader() {
        this(ReferenceFiles.classpath());
    }

    /** Reads from {@code files}, e.g. the classpath set with one file replaced. */
    public ReferenceDataReader(ReferenceFiles files) {
        this.files = files;
    }

    public ReferenceData read() {
        List<SourceRow> sources = SimpleTables.sources(csv(ReferenceFiles.SOURCES));
        List<ThemeRow> themes = SimpleTables.themes(csv(ReferenceFiles.THEMES));
        List<SectorRow> sectors = SimpleTables.sectors(csv(ReferenceFiles.SECTORS));
        List<CovenantRow> covenants = SimpleTables.covenants(csv(ReferenceFiles.COVENANTS), sectors,
                csv(ReferenceFiles.COVENANT_STATUS), themes);

        List<CsvRow> countryCodes = csv(ReferenceFiles.COUNTRY_CODES);
        CountryNames names = new CountryNames(countryCodes, csv(ReferenceFiles.COUNTRY_ALIASES));
        EudrBenchmark eudr = new EudrBenchmark(csv(ReferenceFiles.EUDR), names);
        List<CountryRow> countries = Countries.build(countryCodes, eudr, csv(ReferenceFiles.WGI), names);
        CommodityTable commodities = new CommodityTable(csv(ReferenceFiles.COMMODITIES), names);

        IlabFindings findings = new IlabFindings(csv(ReferenceFiles.ILAB_FINDINGS), names);
        List<IndicatorRow> indicators = new ArrayList<>(
                new IlabIndicators(commodities, names, findings).indicators(csv(ReferenceFiles.ILAB_GOODS)));
        CahraList cahra = new CahraList(csv(ReferenceFiles.CAHRA), names, commodities);
        indicators.addAll(cahra.indicators());
        indicators.addAll(eudr.indicators(commodities.eudrCodes()));
        indicators.addAll(themeIndicators(countries, sources, commodities.eudrCodes()));
        indicators.addAll(edgarIndicators(countries, sources, commodities.rows()));
        checkIndicators(indicators, themes, sources);

        return new ReferenceData(countries, cahra.regions(), commodities.rows(), themes, sources, indicators,
                sectors, covenants);
    }

    /** The indicators of the themes ILAB, CAHRA and EUDR do not cover, one rule per file ({@link ThemeRules}). */
    private List<IndicatorRow> themeIndicators(List<CountryRow> countries, List<SourceRow> sources,
                                               List<String> eudrCodes) {
        ThemeIndicators t = new ThemeIndicators(countries, sources, eudrCodes);
        List<IndicatorRow> out = new ArrayList<>(t.labourRights(csv(ReferenceFiles.SDG882)));
        out.addAll(t.fatalInjuries(csv(ReferenceFiles.SDG881)));
        out.addAll(t.poverty(csv(ReferenceFiles.POVERTY)));
        out.addAll(t.participationGap(csv(ReferenceFiles.LFPR)));
        out.addAll(t.airPollution(csv(ReferenceFiles.PM25)));
        out.addAll(t.fossilCo2(csv(ReferenceFiles.GCB)));
        List<CsvRow> fao = csv(ReferenceFiles.FAO);
        out.addAll(t.forestLoss(fao));
        out.addAll(t.primaryForestLoss(fao));
        return out;
    }

    /** EDGAR's non-CO2 GHG by country and sector, one rule for every sector group ({@link EdgarIndicators}). */
    private List<IndicatorRow> edgarIndicators(List<CountryRow> countries, List<SourceRow> sources,
                                               List<CommodityRow> commodities) {
        Map<String, String> iso2ByIso3 = new HashMap<>();
        countries.forEach(c -> iso2ByIso3.put(c.iso3(), c.iso2()));
        Integer edition = sources.stream().filter(s -> s.id().equals(EdgarIndicators.SOURCE)).map(SourceRow::year)
                .findFirst().orElseThrow(() -> new ReferenceDataException(ReferenceFiles.SOURCES, 0,
                        EdgarIndicators.SOURCE, "source missing"));
        return new EdgarIndicators(iso2ByIso3, edition, commodities).indicators(csv(ReferenceFiles.EDGAR));
    }

    private static void checkIndicators(List<IndicatorRow> indicators, List<ThemeRow> themes,
                                        List<SourceRow> sources) {
        Set<String> themeCodes = new HashSet<>(themes.stream().map(ThemeRow::code).toList());
        Set<String> sourceIds = new HashSet<>(sources.stream().map(SourceRow::id).toList());
        if (!sourceIds.contains(Countries.WGI_SOURCE_ID)) {
            throw new ReferenceDataException(ReferenceFiles.SOURCES, 0, Countries.WGI_SOURCE_ID, "source missing");
        }
        Set<String> ids = new HashSet<>();
        for (IndicatorRow indicator : indicators) {
            if (!ids.add(indicator.id())) {
                throw new IllegalStateException("two indicators with id " + indicator.id()
                        + "; two source rows map to the same theme, place and commodity");
            }
            if (!themeCodes.contains(indicator.theme())) {
                throw new ReferenceDataException(ReferenceFiles.THEMES, 0, indicator.theme(), "theme missing");
            }
            if (!sourceIds.contains(indicator.sourceId())) {
                throw new ReferenceDataException(ReferenceFiles.SOURCES, 0, indicator.sourceId(), "source missing");
            }
        }
    }

    private List<CsvRow> csv(String fileName) {
        try {
            return Csv.parse(fileName, files.text(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + fileName, e);
        }
    }
}
