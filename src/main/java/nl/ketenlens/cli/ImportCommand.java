package nl.ketenlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.ketenlens.ingest.ImportKind;
import nl.ketenlens.ingest.ImportOptions;
import nl.ketenlens.ingest.ImportProgress;
import nl.ketenlens.ingest.ImportReport;
import nl.ketenlens.ingest.ImportReportText;
import nl.ketenlens.ingest.ImportService;
import nl.ketenlens.output.Format;
import nl.ketenlens.output.JsonRenderer;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ketenlens import <kind> <file>}: imports one file and prints a summary (or, with
 * {@code --format json}, the report the REST endpoint returns). Exit 0 accepted, 2 refused
 * (bad input), 1 failure.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a file into the graph: companies, facilities, links, risks, financing (CSV), osh (Open Supply "
                + "Hub CSV), cmrt / emrt (RMI .xlsx). Atomic: any invalid row and nothing is written.")
public final class ImportCommand extends StoreCommand {
    /** Files above this size get a progress bar on a terminal. */
    private static final long PROGRESS_BYTES = 1 << 20;

    @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class,
            description = "companies, facilities, links, risks, financing, osh, cmrt or emrt.")
    ImportKind kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--dry-run", description = "Validate and report what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--skip-invalid", description = "Write the valid rows; put the rejected ones in FILE.rejected.csv.")
    boolean skipInvalid;

    @Option(names = "--supplier", paramLabel = "ID", description = "cmrt/emrt: facility id of the supplier that sent the template.")
    String supplier;

    @Option(names = "--buyer", paramLabel = "ID", description = "osh: company (or facility) id that buys from every facility in the file.")
    String buyer;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatChoice.TableJson.class,
            completionCandidates = FormatChoice.TableJson.class, description = "table (default) or json.")
    Format format;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "10000", description = "Rows per write statement (default 10000).")
    int batchSize;

    @Override
    public int run(ApplicationContext context) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        ImportOptions options = new ImportOptions(dryRun, skipInvalid, supplier, buyer, batchSize);
        boolean bar = System.console() != null && Files.size(file) > PROGRESS_BYTES;
        ImportProgress progress = bar ? new ConsoleProgress(err()) : ImportProgress.NONE;
        ImportReport report = context.getBean(ImportService.class).importFile(kind, file, options, progress);
        write(report, format == Format.JSON ? JsonRenderer.compact(context.getBean(ObjectMapper.class))
                : ImportReportText.TABLE);
        return report.refused() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** Lower-case kind names, as on the REST path, whatever picocli's enum settings are. */
    static final class KindConverter implements CommandLine.ITypeConverter<ImportKind> {
        @Override
        public ImportKind convert(String value) {
            return ImportKind.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown kind '" + value + "' (one of: " + ImportKind.ids() + ")"));
        }
    }

    /** A one-line bar on stderr, redrawn with carriage returns. */
    private record ConsoleProgress(PrintWriter err) implements ImportProgress {
        @Override
        public void update(String phase, int done, int total) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.printf("\r[%s%s] %-6s", "=".repeat(filled), " ".repeat(width - filled), phase);
            if (done >= total) {
                err.println();
            }
            err.flush();
        }
    }
}
