package nl.ketenlens.exposure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.ketenlens.cli.ExitCodes;
import nl.ketenlens.cli.StoreCommand;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ketenlens exposure --company ID}: the exposure report as a table, JSON or CSV. */
@Command(name = "exposure", mixinStandardHelpOptions = true,
        description = "Which risks sit behind a company's suppliers, tier by tier, and what to address first.")
public final class ExposureCommand extends StoreCommand {

    /** Output formats. */
    public enum Format { TABLE, JSON, CSV }

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

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv.")
    Format format = Format.TABLE;

    @Override
    protected int run(ApplicationContext context) throws Exception {
        ExposureReport report = context.getBean(ExposureService.class)
                .exposure(company, depth, theme, engaged, replaced);
        switch (format) {
            case JSON -> {
                out().println(context.getBean(ObjectMapper.class).writerWithDefaultPrettyPrinter()
                        .writeValueAsString(report));
                out().flush();
            }
            case CSV -> ExposureText.csv(report, out());
            default -> ExposureText.table(report, out());
        }
        return ExitCodes.OK;
    }
}
