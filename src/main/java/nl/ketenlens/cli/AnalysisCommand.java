package nl.ketenlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Option;

/**
 * Base of commands that print a report: {@code --format table|json|csv}. JSON is the same object the REST
 * endpoint returns, written by the application's own ObjectMapper.
 */
public abstract class AnalysisCommand extends StoreCommand {

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    protected Format format;

    protected <T> int print(ApplicationContext context, T report, Function<T, Table> table) throws Exception {
        switch (format) {
            case JSON -> {
                ObjectMapper mapper = context.getBean(ObjectMapper.class).copy()
                        .enable(SerializationFeature.INDENT_OUTPUT);
                out().println(mapper.writeValueAsString(report));
                out().flush();
            }
            case CSV -> table.apply(report).printCsv(out());
            case TABLE -> table.apply(report).printText(out());
        }
        return ExitCodes.OK;
    }
}
