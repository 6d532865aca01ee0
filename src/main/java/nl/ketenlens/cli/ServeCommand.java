package nl.ketenlens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ketenlens serve}: the web server on the graph store; the JVM keeps running. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web server (REST API, Swagger UI) on the graph; the default command.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    KetenlensCli cli;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: $PORT or 8080).")
    Integer port;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(store.springArguments(null));
        if (port != null) {
            args.add("--server.port=" + port);
        }
        SpringApplication.run(cli.source(), args.toArray(String[]::new));
        return KetenlensCli.KEEP_RUNNING;
    }
}
