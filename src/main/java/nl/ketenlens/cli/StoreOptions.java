package nl.ketenlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that opens the graph shares. They win over environment and application.yml. */
public class StoreOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded store directory (default: $KETENLENS_DATA_DIR or ./data).")
    Path dataDir;

    @Option(names = "--bolt-port", paramLabel = "PORT",
            description = "Bolt port of the embedded store on 127.0.0.1 (serve: 7687; other commands: a free port).")
    Integer boltPort;

    @Option(names = "--reset", description = "Delete the store and seed it again before running.")
    boolean reset;

    @Option(names = "--no-demo", description = "Seed only the reference data, not the synthetic demo network.")
    boolean noDemo;

    /**
     * Use a scratch store without demo data: {@code dir}, emptied first, unless the user named a directory — that
     * one is never emptied implicitly (only by an explicit {@code --reset}).
     */
    public void useScratchStore(Path dir) {
        if (dataDir == null) {
            dataDir = dir;
            reset = true;
        }
        noDemo = true;
    }

    /** Delete and seed the store again when it opens. */
    public void requestReset() {
        reset = true;
    }

    /** Spring command-line arguments, which take precedence over every other property source. */
    List<String> springArguments(Integer defaultBoltPort) {
        List<String> args = new ArrayList<>();
        if (dataDir != null) {
            args.add("--ketenlens.store.data-dir=" + dataDir);
        }
        Integer port = boltPort != null ? boltPort : defaultBoltPort;
        if (port != null) {
            args.add("--ketenlens.store.bolt-port=" + port);
        }
        if (reset) {
            args.add("--ketenlens.store.reset=true");
        }
        if (noDemo) {
            args.add("--ketenlens.store.seed-demo=false");
        }
        return args;
    }
}
