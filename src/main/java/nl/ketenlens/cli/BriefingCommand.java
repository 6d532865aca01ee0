package nl.ketenlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.briefing.Briefing;
import nl.ketenlens.briefing.BriefingRenderers;
import nl.ketenlens.briefing.BriefingRequest;
import nl.ketenlens.briefing.BriefingService;
import nl.ketenlens.briefing.JsonBriefingRenderer;
import nl.ketenlens.exposure.ExposureService;
import nl.ketenlens.output.Format;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ketenlens briefing}: the sector briefing as a document file, thin over {@link BriefingService}. */
@Command(name = "briefing", mixinStandardHelpOptions = true,
        description = "Write the sector briefing for a covenant or sector (aggregate view: no company is named).")
public final class BriefingCommand extends StoreCommand {

    @Option(names = "--covenant", paramLabel = "CODE", description = "Covenant code, e.g. gold, textile, metal.")
    String covenant;

    @Option(names = "--sector", paramLabel = "CODE", description = "Sector code, e.g. textile, food, metal.")
    String sector;

    @Option(names = "--theme", paramLabel = "THEME", description = "Only this risk theme, e.g. child_labour.")
    String theme;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "Language (default: nl).")
    String lang;

    @Option(names = "--format", defaultValue = "pdf", paramLabel = "html|pdf|md|json",
            description = "Document format (default: pdf).")
    String format;

    @Option(names = "--since", paramLabel = "FILE", description = "A previous briefing in JSON: adds what changed.")
    Path since;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public int run(ApplicationContext context) throws Exception {
        Format f = BriefingRenderers.parse(format);
        ObjectMapper mapper = context.getBean(ObjectMapper.class);
        Briefing previous = since == null ? null : read(new JsonBriefingRenderer(mapper), since);
        long loading = System.nanoTime();
        context.getBean(ExposureService.class).analyzer(); // the in-memory graph, built once per graph revision
        long started = System.nanoTime();
        Briefing briefing = context.getBean(BriefingService.class)
                .briefing(new BriefingRequest(covenant, sector, theme, lang, previous));
        long built = System.nanoTime();
        try (OutputStream stream = Files.newOutputStream(out)) {
            BriefingRenderers.forFormat(f, mapper).render(briefing, stream);
        }
        err().printf("Wrote %s (%s, %d bytes): graph loaded in %d ms, briefing built in %d ms, rendered in %d ms%n",
                out, f.name().toLowerCase(), Files.size(out), (started - loading) / 1_000_000,
                (built - started) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        return ExitCodes.OK;
    }

    private static Briefing read(JsonBriefingRenderer json, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return json.read(in);
        } catch (Exception e) {
            throw new BadRequestException("since", "cannot read a briefing from " + file + ": " + e.getMessage());
        }
    }
}
