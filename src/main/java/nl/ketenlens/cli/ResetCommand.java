package nl.ketenlens.cli;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code ketenlens reset}: empties the store and seeds it again. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Delete everything in the graph and load the seed data again.")
final class ResetCommand extends StoreCommand {

    /** Opening with reset empties the store (embedded: the directory; server: every node) and seeds it once. */
    @Override
    protected void beforeOpen() {
        store.requestReset();
    }

    @Override
    public int run(ApplicationContext context) {
        out().println("Store reset and seeded again.");
        return ExitCodes.OK;
    }
}
