package nl.ketenlens.cli;

import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.leverage.LeverageTables;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;


/** {@code ketenlens plan}: a thin wrapper over {@link LeverageService#plan}. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "The k facilities that together cover most of the selection's risk-weighted exposure.")
final class PlanCommand extends AnalysisCommand {
    @Mixin
    LeverageOptions question = new LeverageOptions();

    @Option(names = "--budget", defaultValue = "5", paramLabel = "K", description = "Facilities to engage (default: 5).")
    int budget;

    @Override
    public int run(ApplicationContext context) throws Exception {
        return print(context, context.getBean(LeverageService.class).plan(question.request(), budget, viewer(context)),
                LeverageTables::plan);
    }
}
