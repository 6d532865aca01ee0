package nl.ketenlens.cli;

import java.util.List;
import nl.ketenlens.exposure.ExposureReport;
import nl.ketenlens.exposure.ExposureService;
import nl.ketenlens.exposure.ExposureText;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ketenlens exposure --company ID}: the exposure report as a table, JSON or CSV. */
@Command(name = "exposure", mixinStandardHelpOptions = true,
        description = "Which risks sit behind a company's suppliers, tier by tier, and what to address first.")
public final class ExposureCommand extends AnalysisCommand {

    @Option(names = "--company", required = true, paramLabel = "ID", description = "Company (or financier) id.")
    String company;

    @Option(names = "--depth", paramLabel = "N", description = "Supply tiers to follow, 1..12 (default 6).")
    Integer depth;

    @Option(names = "--theme", paramLabel = "T", description = "Only this risk theme, e.g. child_labour.")
    String theme;

    @Option(names = "--engaged", split = ",", paramLabel = "ID",
            description = "What-if: facilities you engage with (their upstream risk counts as mitigated).")
    List<String> engaged;

    @Option(names = "--replaced", split = ",", paramLabel = "BUYER>SUPPLIER",
            description = "What-if: supply links you replace (removed).")
    List<String> replaced;

    @Override
    public int run(ApplicationContext context) throws Exception {
        ExposureReport report = context.getBean(ExposureService.class)
                .exposure(viewer(context), company, depth, theme, engaged, replaced);
        return print(context, report, ExposureText.TABLE, ExposureText.CSV);
    }
}
