package nl.ketenlens.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ketenlens.output.Renderer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every command that works on the graph: opens the store (embedded or {@code NEO4J_URI}) in a
 * Spring context without a web server, runs, and closes it again. Exceptions become messages and exit
 * codes in {@link CliExceptionHandler}. The Spring source comes from the root {@link KetenlensCli}.
 */
public abstract class StoreCommand implements Callable<Integer> {

    @Mixin
    protected StoreOptions store = new StoreOptions();

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        beforeOpen();
        err().println("Opening graph store …");
        err().flush();
        try (ConfigurableApplicationContext context = open()) {
            return run(context);
        }
    }

    /** Runs on an open store; public so that a test can run a parsed command on its own context. */
    public abstract int run(ApplicationContext context) throws Exception;

    /** A hook for commands that adjust the store options (e.g. a scratch store) before the store opens. */
    protected void beforeOpen() {
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Renders a result to the command's output (the writer picocli and tests give it). */
    protected <T> void write(T value, Renderer<T> renderer) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        renderer.render(value, buffer);
        out().print(buffer.toString(StandardCharsets.UTF_8));
        out().flush();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private ConfigurableApplicationContext open() {
        List<String> args = new ArrayList<>(store.springArguments(0));
        args.add("--logging.level.root=WARN");
        args.add("--spring.main.log-startup-info=false");
        return new SpringApplicationBuilder(source())
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    /** The Spring source class from the root {@link KetenlensCli}, however deep this command is nested. */
    private Class<?> source() {
        return ((KetenlensCli) spec.root().userObject()).source();
    }
}
