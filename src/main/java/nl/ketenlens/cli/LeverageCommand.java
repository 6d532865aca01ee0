package nl.ketenlens.cli;

import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.leverage.LeverageTables;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;


/** {@code ketenlens leverage}: a thin wrapper over {@link LeverageService#leverage}. */
@Command(name = "leverage", mixinStandardHelpOptions = true,
        description = "Rank the chain facilities where the selected companies have the most leverage over risk.")
final class LeverageCommand extends AnalysisCommand {
    @Mixin
    LeverageOptions question = new LeverageOptions();

    @Override
    public int run(ApplicationContext context) throws Exception {
        return print(context, context.getBean(LeverageService.class).leverage(question.request(), viewer(context)),
                LeverageTables::leverage);
    }
}
