package nl.ketenlens.cli;

import nl.ketenlens.leverage.LeverageService;
import nl.ketenlens.leverage.LeverageTables;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;


/** {@code ketenlens cut}: a thin wrapper over {@link LeverageService#cut}. */
@Command(name = "cut", mixinStandardHelpOptions = true,
        description = "The smallest set of facilities separating the selection from a hotspot.")
final class CutCommand extends AnalysisCommand {
    @Mixin
    LeverageOptions question = new LeverageOptions();

    @Option(names = "--hotspot", required = true, paramLabel = "COUNTRY[:REGION]:COMMODITY:THEME",
            description = "e.g. CD:CD-NK:tin_ore:conflict or CI:cocoa:child_labour")
    String hotspot;

    @Override
    public int run(ApplicationContext context) throws Exception {
        return print(context, context.getBean(LeverageService.class).cut(question.request(), hotspot, viewer(context)),
                LeverageTables::cut);
    }
}
