package nl.ketenlens.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenlens.access.UserService;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.export.ExportService;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ketenlens export --company ID|--covenant CODE|--sector CODE --format graphml --out FILE}: a company's chain,
 * or the aggregate sector graph (members as one counted node), for Gephi, yEd or Graphviz.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a company's own supply chain, or the aggregate sector graph of a covenant or sector"
                + " (members collapsed into one counted node), as GraphML, GEXF, DOT or CSV (jgrapht-io exporters).")
public final class ExportCommand extends StoreCommand {

    /** Exactly one of the three, checked by picocli before the store is opened. */
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--company", paramLabel = "ID", description = "Company (or financier) id: its own chain.")
        String company;

        @Option(names = "--covenant", paramLabel = "CODE", description = "Covenant code: the aggregate sector graph.")
        String covenant;

        @Option(names = "--sector", paramLabel = "CODE", description = "Sector code: the aggregate sector graph.")
        String sector;
    }

    @Option(names = "--theme", paramLabel = "CODE", description = "Theme filter of the sector graph's risk weights.")
    String theme;

    @Option(names = "--format", paramLabel = "F", defaultValue = "graphml",
            description = "graphml (default), gexf, dot, csv (edge list) or nodes-csv.")
    String format;

    @Option(names = "--depth", paramLabel = "N", description = "Supply tiers to follow, 1..12 (default 6).")
    Integer depth;

    @Option(names = "--as", paramLabel = "USER",
            description = "Export exactly what this account would see (aggregate-only rule); default: full access.")
    String as;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;

    private Viewer viewer(ApplicationContext context) {
        return as == null ? Viewer.admin() : context.getBean(UserService.class).viewerOf(as);
    }

    @Override
    public int run(ApplicationContext context) throws Exception {
        ExportService.Export export = context.getBean(ExportService.class)
                .any(viewer(context), target.company, target.covenant, target.sector, theme, format, depth);
        try (OutputStream stream = Files.newOutputStream(out)) {
            export.writeTo(stream);
        }
        System.out.printf("%s: %d nodes, %d edges (%s)%n", out, export.chain().nodes().size(),
                export.chain().edges().size(), export.format().name().toLowerCase(java.util.Locale.ROOT));
        return ExitCodes.OK;
    }
}
