package nl.ketenlens.cli;

import nl.ketenlens.store.StoreInitializer;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Delete everything in the graph and load the seed data again.")
final class ResetCommand extends StoreCommand {

    @Override
    protected int run(ApplicationContext context) {
        context.getBean(StoreInitializer.class).reseed();
        out().println("Store reset and seeded again.");
        return ExitCodes.OK;
    }
}
