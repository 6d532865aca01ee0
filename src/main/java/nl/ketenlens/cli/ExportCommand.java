package nl.ketenlens.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.export.ExportService;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ketenlens export --company ID --format graphml --out FILE}: a company's chain for Gephi, yEd or Graphviz. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a company's own supply chain as GraphML, GEXF, DOT or CSV (jgrapht-io exporters).")
public final class ExportCommand extends StoreCommand {

    @Option(names = "--company", required = true, paramLabel = "ID", description = "Company (or financier) id.")
    String company;

    @Option(names = "--format", paramLabel = "F", defaultValue = "graphml",
            description = "graphml (default), gexf, dot, csv (edge list) or nodes-csv.")
    String format;

    @Option(names = "--depth", paramLabel = "N", description = "Supply tiers to follow, 1..12 (default 6).")
    Integer depth;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;

    @Override
    public int run(ApplicationContext context) throws Exception {
        ExportService.Export export = context.getBean(ExportService.class).company(Viewer.admin(), company, format, depth);
        try (OutputStream stream = Files.newOutputStream(out)) {
            export.writeTo(stream);
        }
        System.out.printf("%s: %d nodes, %d edges (%s)%n", out, export.chain().nodes().size(),
                export.chain().edges().size(), export.format().name().toLowerCase(java.util.Locale.ROOT));
        return ExitCodes.OK;
    }
}
