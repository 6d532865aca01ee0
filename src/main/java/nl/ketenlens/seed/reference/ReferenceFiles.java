package nl.ketenlens.seed.reference;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where {@link ReferenceDataReader} gets the text of each reference file, by file name. The default reads
 * {@value #CLASSPATH_DIR} from the classpath; {@link #with(String, String)} replaces single files, e.g. in tests.
 */
@FunctionalInterface
public interface ReferenceFiles {
    String CLASSPATH_DIR = "seed-data/reference/";

    String SOURCES = "sources.csv";
    String THEMES = "themes.csv";
    String SECTORS = "sectors.csv";
    String COVENANTS = "covenants.csv";
    String COVENANT_STATUS = "covenant-status.csv";
    String COMMODITIES = "commodities.csv";
    String COUNTRY_CODES = "country-codes.csv";
    String COUNTRY_ALIASES = "country-aliases.csv";
    String ILAB_GOODS = "ilab_tvpra_2022_goods_countries.csv";
    String ILAB_FINDINGS = "ilab_tda_2022_country_summary.csv";
    String CAHRA = "eu_cahra_regions_2026q2.csv";
    String EUDR = "eudr_country_benchmark_2025_1093.csv";
    String WGI = "wgi_2023_estimates_wide.csv";
    String HS2022 = "hs2022_commodity_codes.csv";
    String SDG882 = "ilo_sdg882_labour_rights_compliance.csv";
    String SDG881 = "ilo_sdg881_fatal_occupational_injury_rate.csv";
    String POVERTY = "wb_poverty_300_per_day_latest.csv";
    String LFPR = "ilo_labour_force_participation_by_sex.csv";
    String PM25 = "wdi_pm25_exposure.csv";
    String GCB = "gcb2024_fossil_co2_by_country.csv";
    String FAO = "fao_fra2020_forest_change.csv";
    String EDGAR = "edgar2024_nonco2_ghg_by_country_sector.csv";

    /** The UTF-8 text of {@code fileName}. */
    String text(String fileName) throws IOException;

    /** The files in {@value #CLASSPATH_DIR} on the class path of this class's loader. */
    static ReferenceFiles classpath() {
        return fileName -> {
            String resource = CLASSPATH_DIR + fileName;
            try (InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new FileNotFoundException("classpath resource " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        };
    }

    /** These files, with {@code fileName} replaced by {@code text}. */
    default ReferenceFiles with(String fileName, String text) {
        Map<String, String> replaced = Map.of(fileName, text);
        return name -> replaced.containsKey(name) ? replaced.get(name) : text(name);
    }
}
