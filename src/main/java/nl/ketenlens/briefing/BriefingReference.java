package nl.ketenlens.briefing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ketenlens.graph.SourceRow;
import nl.ketenlens.risk.SourceView;
import nl.ketenlens.seed.reference.CovenantRow;
import nl.ketenlens.seed.reference.ReferenceData;
import nl.ketenlens.seed.reference.ReferenceDataReader;
import nl.ketenlens.seed.reference.SectorRow;
import org.springframework.stereotype.Component;

/**
 * The public reference facts a briefing cites: covenants, sectors and sources from {@code seed-data/reference}
 * (read once from the classpath) and the KPMG sector risk analysis's highlighted risks.
 */
@Component
class BriefingReference {

    /** The policy letters the covenant status is taken from (see DOMAIN: status is a fact as of a date). */
    static final String STATUS_AS_OF = "2020";
    static final String KPMG_RISKS = "briefing/kpmg_sra2014_highlighted_risks.csv";

    private volatile ReferenceData data;

    ReferenceData data() {
        ReferenceData d = data;
        if (d == null) {
            synchronized (this) {
                if (data == null) {
                    data = new ReferenceDataReader().read();
                }
                d = data;
            }
        }
        return d;
    }

    Optional<CovenantRow> covenant(String code) {
        return data().covenants().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    Optional<SectorRow> sector(String code) {
        return data().sectors().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    List<SourceView> sources() {
        return data().sources().stream().map(BriefingReference::view).toList();
    }

    static Briefing.CovenantFacts facts(CovenantRow c) {
        return new Briefing.CovenantFacts(c.code(), c.name(), c.nameNl(), c.signed(), c.inForce(), c.ended(),
                c.status(), STATUS_AS_OF, c.marketShareClass(), c.facts(), c.sourceUrl());
    }

    /**
     * The themes the data-gap section reports, and on what basis: the briefing's theme filter; else the priority
     * themes the letters name for the covenant (for a sector: for its covenants together); else every theme.
     * Themes of the filter that no covenant prioritises are still reported: missing data is what the section shows.
     *
     */
    GapThemes gapThemes(String theme, CovenantRow covenant, SectorRow sector) {
        if (theme != null) {
            return new GapThemes("theme", List.of(theme));
        }
        java.util.LinkedHashSet<String> priority = new java.util.LinkedHashSet<>();
        if (covenant != null) {
            priority.addAll(covenant.priorityThemes());
        } else if (sector != null) {
            data().covenants().stream().filter(c -> sector.code().equals(c.sector()))
                    .forEach(c -> priority.addAll(c.priorityThemes()));
        }
        return priority.isEmpty() ? new GapThemes("all", data().themes().stream().map(t -> t.code()).toList())
                : new GapThemes("priority", List.copyOf(priority));
    }

    /** The themes of the data-gap section; {@code basis} is {@code theme}, {@code priority} or {@code all}. */
    record GapThemes(String basis, List<String> themes) {
    }

    private static SourceView view(SourceRow s) {
        return new SourceView(s.id(), s.publisher(), s.title(), s.edition(), s.year(), s.licence(), s.url());
    }

    /** The KPMG risks for all sectors and for {@code sector} (matched on its English or Dutch name). */
    List<Briefing.KpmgRisk> kpmgRisks(SectorRow sector) {
        List<Briefing.KpmgRisk> out = new ArrayList<>();
        for (String[] f : kpmgRows()) {
            boolean all = f[5].equals("*");
            if (all || (sector != null && matches(sector, f[4], f[5]))) {
                out.add(new Briefing.KpmgRisk(f[1], f[0], f[3], f[2], all));
            }
        }
        return out;
    }

    private static boolean matches(SectorRow sector, String nl, String en) {
        String sn = sector.nameNl().toLowerCase(Locale.ROOT);
        String se = sector.name().toLowerCase(Locale.ROOT);
        return nl.startsWith(sn) || sn.startsWith(nl) || en.startsWith(se) || se.startsWith(en);
    }

    private static List<String[]> kpmgRows() {
        try (InputStream in = BriefingReference.class.getClassLoader().getResourceAsStream(KPMG_RISKS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + KPMG_RISKS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().filter(l -> !l.startsWith("#") && !l.startsWith("risk_category_nl") && !l.isBlank())
                    .map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
