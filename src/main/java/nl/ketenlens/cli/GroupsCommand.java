package nl.ketenlens.cli;

import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.leverage.LeverageTables;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;


/** {@code ketenlens groups}: a thin wrapper over {@link LeverageService#groups}. */
@Command(name = "groups", mixinStandardHelpOptions = true,
        description = "Suggest working groups of companies whose risk-bearing supply bases overlap.")
final class GroupsCommand extends AnalysisCommand {
    @Mixin
    LeverageOptions question = new LeverageOptions();

    @Option(names = "--threshold", defaultValue = "0.2", paramLabel = "J",
            description = "Minimum Jaccard similarity to link two companies (default: 0.2).")
    double threshold;

    @Override
    public int run(ApplicationContext context) throws Exception {
        return print(context, context.getBean(LeverageService.class).groups(question.request(), threshold, viewer(context)),
                LeverageTables::groups);
    }
}
