package nl.ketenlens.leverage;

import java.util.Locale;
import nl.ketenlens.access.CompanyCount;
import nl.ketenlens.access.Disclosure;
import nl.ketenlens.analysis.VolumeFlow;
import nl.ketenlens.graph.projection.ChainFacts;
import nl.ketenlens.graph.projection.GraphProjection;
import nl.ketenlens.leverage.LeverageReports.OutputShare;

/**
 * "Selected companies buy an estimated 12 % of this facility's output" (ADR 0017): the selection's annual volume
 * arriving at a facility ({@link VolumeFlow}, a lower bound) over the facility's annual throughput, in the
 * throughput's dimension (mass or EUR). Unknown, and said so, when the facility has no throughput or no volume in
 * that dimension arrives. A sum over the selection, never per company; the facility itself is only shown when the
 * selection's k rule lets it be named, and the share only when at least k selected companies give a volume towards
 * it ({@link VolumeFlow#contributors}): a share of one company's purchase over a published throughput is that
 * company's volume.
 */
final class MemberOutput {
    private final GraphProjection p;
    private final int[] sources;
    private final Disclosure disclosure;
    private VolumeFlow kgFlow;
    private VolumeFlow eurFlow;
    private double[] kg;
    private double[] eur;

    MemberOutput(GraphProjection p, int[] sources, Disclosure disclosure) {
        this.p = p;
        this.sources = sources;
        this.disclosure = disclosure;
    }

    OutputShare of(int v) {
        ChainFacts f = p.facts();
        boolean mass = !Double.isNaN(f.throughputKg()[v]);
        boolean money = !Double.isNaN(f.throughputEur()[v]);
        if (!mass && !money) {
            return OutputShare.unknown(OutputShare.NO_THROUGHPUT, "unknown: no annual throughput is known for this facility",
                    null);
        }
        double throughput = mass ? f.throughputKg()[v] : f.throughputEur()[v];
        double arriving = (mass ? kg() : eur())[v];
        String dimension = mass ? "mass (kg, t)" : "EUR";
        if (arriving <= 0) {
            return OutputShare.unknown(OutputShare.NO_VOLUME, "unknown: the selection's links towards this facility"
                    + " carry no annual volume in " + dimension + " (volumes in the other unit are not converted)", null);
        }
        int n = (mass ? kgFlow : eurFlow).contributors(v);
        CompanyCount contributors = disclosure.count(n, sources.length);
        if (!disclosure.mayName(n)) {
            return OutputShare.unknown(OutputShare.TOO_FEW_COMPANIES, "withheld: fewer than " + disclosure.k()
                    + " selected companies give a volume towards this facility, so a share would show what they buy",
                    contributors);
        }
        if (throughput <= 0) {
            return OutputShare.unknown(OutputShare.ZERO_THROUGHPUT, "unknown: the facility's annual throughput is 0",
                    contributors);
        }
        double share = arriving / throughput;
        String unit = mass ? (throughput >= 1000 ? "t" : "kg") : "EUR";
        double scale = "t".equals(unit) ? 1000 : 1;
        String text = String.format(Locale.ROOT, "selected companies buy an estimated %.0f %% of this facility's"
                        + " output (%s of %s %s a year; a lower bound: links without a volume or share count as nothing)%s",
                100 * share, amount(arriving / scale), amount(throughput / scale), unit,
                share > 1 ? "; more than its stated throughput: check the volumes" : "");
        return new OutputShare(share, arriving / scale, throughput / scale, unit, text, OutputShare.KNOWN, contributors);
    }

    private double[] kg() {
        if (kg == null) {
            kgFlow = new VolumeFlow(p.graph(), sources, p.facts().edgeKg());
            kg = kgFlow.arriving();
        }
        return kg;
    }

    private double[] eur() {
        if (eur == null) {
            eurFlow = new VolumeFlow(p.graph(), sources, p.facts().edgeEur());
            eur = eurFlow.arriving();
        }
        return eur;
    }

    private static String amount(double x) {
        return x == Math.rint(x) && x < 1e15 ? String.format(Locale.ROOT, "%,d", (long) x)
                : String.format(Locale.ROOT, "%,.1f", x);
    }
}
