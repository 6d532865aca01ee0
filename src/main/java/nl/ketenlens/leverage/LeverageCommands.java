package nl.ketenlens.leverage;

import nl.ketenlens.cli.AnalysisCommand;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The leverage commands: thin wrappers over {@link LeverageService}. */
public final class LeverageCommands {

    private LeverageCommands() {
    }

    @Command(name = "leverage", mixinStandardHelpOptions = true,
            description = "Rank the chain facilities where the selected companies have the most leverage over risk.")
    public static final class Rank extends AnalysisCommand {
        @Mixin
        LeverageOptions question = new LeverageOptions();

        @Override
        protected int run(ApplicationContext context) throws Exception {
            return print(context, context.getBean(LeverageService.class).leverage(question.request()),
                    LeverageTables::leverage);
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "The k facilities that together cover most of the selection's risk-weighted exposure.")
    public static final class Plan extends AnalysisCommand {
        @Mixin
        LeverageOptions question = new LeverageOptions();

        @Option(names = "--budget", defaultValue = "5", paramLabel = "K", description = "Facilities to engage (default: 5).")
        int budget;

        @Override
        protected int run(ApplicationContext context) throws Exception {
            return print(context, context.getBean(LeverageService.class).plan(question.request(), budget),
                    LeverageTables::plan);
        }
    }

    @Command(name = "cut", mixinStandardHelpOptions = true,
            description = "The smallest set of facilities separating the selection from a hotspot.")
    public static final class Cut extends AnalysisCommand {
        @Mixin
        LeverageOptions question = new LeverageOptions();

        @Option(names = "--hotspot", required = true, paramLabel = "COUNTRY[:REGION]:COMMODITY:THEME",
                description = "e.g. CD:CD-NK:tin_ore:conflict or CI:cocoa:child_labour")
        String hotspot;

        @Override
        protected int run(ApplicationContext context) throws Exception {
            return print(context, context.getBean(LeverageService.class).cut(question.request(), hotspot),
                    LeverageTables::cut);
        }
    }

    @Command(name = "groups", mixinStandardHelpOptions = true,
            description = "Suggest working groups of companies whose risk-bearing supply bases overlap.")
    public static final class Groups extends AnalysisCommand {
        @Mixin
        LeverageOptions question = new LeverageOptions();

        @Option(names = "--threshold", defaultValue = "0.2", paramLabel = "J",
                description = "Minimum Jaccard similarity to link two companies (default: 0.2).")
        double threshold;

        @Override
        protected int run(ApplicationContext context) throws Exception {
            return print(context, context.getBean(LeverageService.class).groups(question.request(), threshold),
                    LeverageTables::groups);
        }
    }
}
