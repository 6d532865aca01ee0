package nl.ketenlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import nl.ketenlens.access.UserService;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.output.Format;
import nl.ketenlens.output.JsonRenderer;
import nl.ketenlens.output.Renderer;
import nl.ketenlens.output.Table;
import nl.ketenlens.output.TableRenderer;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Option;

/**
 * Base of commands that print a report: {@code --format table|json|csv}. JSON is the same object the REST
 * endpoint returns, written by the application's own ObjectMapper.
 */
public abstract class AnalysisCommand extends StoreCommand {

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            converter = FormatChoice.TableJsonCsv.class, completionCandidates = FormatChoice.TableJsonCsv.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    protected Format format;

    @Option(names = "--as", paramLabel = "USER",
            description = "Show exactly what this account would see (aggregate-only rule applied); without it the"
                    + " command line, which opens the store directly, has full (admin) access.")
    protected String as;

    /** The viewer the report is prepared for: the {@code --as} account, or the store owner (admin). */
    protected Viewer viewer(ApplicationContext context) {
        return as == null ? Viewer.admin() : context.getBean(UserService.class).viewerOf(as);
    }

    /** Prints the report as JSON, or its {@link Table} view as aligned text or CSV. */
    protected <T> int print(ApplicationContext context, T report, Function<T, Table> table) throws Exception {
        return print(context, report, TableRenderer.of(Format.TABLE, table), TableRenderer.of(Format.CSV, table));
    }

    /** Prints the report as JSON, or with the report's own text and CSV renderers. */
    protected <T> int print(ApplicationContext context, T report, Renderer<T> text, Renderer<T> csv) throws Exception {
        Renderer<T> renderer = switch (format) {
            case JSON -> JsonRenderer.pretty(context.getBean(ObjectMapper.class));
            case CSV -> csv;
            default -> text;
        };
        write(report, renderer);
        return ExitCodes.OK;
    }
}
