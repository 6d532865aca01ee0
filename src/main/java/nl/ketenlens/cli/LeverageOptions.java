package nl.ketenlens.cli;

import java.util.ArrayList;
import java.util.List;
import nl.ketenlens.leverage.LeverageRequest;
import picocli.CommandLine.Option;

/** The question options shared by the leverage commands. */
final class LeverageOptions {

    @Option(names = "--sector", paramLabel = "CODE", description = "Companies of this sector (e.g. textile, retail).")
    String sector;

    @Option(names = "--covenant", paramLabel = "CODE", description = "Members of this IMVO covenant (e.g. gold, metal).")
    String covenant;

    @Option(names = "--companies", split = ",", paramLabel = "ID", description = "Explicit company ids, comma-separated.")
    List<String> companies = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "THEME", description = "Only this risk theme (e.g. child_labour, conflict).")
    String theme;

    @Option(names = "--commodity", paramLabel = "CODE", description = "Only this commodity (e.g. gold, cocoa).")
    String commodity;

    @Option(names = "--engaged", split = ",", paramLabel = "ID",
            description = "What-if: treat these facilities as engaged (their risk paths mitigated).")
    List<String> engaged = new ArrayList<>();

    @Option(names = "--add-indicator", paramLabel = "SPEC",
            description = "What-if: add an indicator for this question only, "
                    + "COUNTRY[:REGION]:COMMODITY|*:THEME:SCALE:SCOPE:IRREMEDIABILITY:LIKELIHOOD (repeatable).")
    List<String> addedIndicators = new ArrayList<>();

    @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Number of results (default: 20).")
    int top;

    LeverageRequest request() {
        return new LeverageRequest(sector, covenant, companies, theme, commodity, engaged, addedIndicators, top);
    }
}
