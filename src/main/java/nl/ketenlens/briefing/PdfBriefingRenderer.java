package nl.ketenlens.briefing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;

/**
 * The briefing as PDF: the same XHTML as {@link HtmlBriefingRenderer}, laid out by openhtmltopdf on PDFBox with
 * the DejaVu Sans fonts shipped in the jar embedded (subset), page numbers and a table of contents from the
 * paged-media CSS, PDF bookmarks, and the SVG charts drawn as vectors by Batik.
 */
public final class PdfBriefingRenderer implements nl.ketenlens.output.Renderer<Briefing> {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/briefing/fonts/DejaVuSans.ttf";
    static final String BOLD = "/briefing/fonts/DejaVuSans-Bold.ttf";

    /** Batik reads SVG fonts from files: the shipped fonts, copied once to temporary files. */
    private static volatile File[] svgFonts;

    @Override
    public void render(Briefing briefing, OutputStream out) throws IOException {
        String html = new BriefingHtml(briefing).document();
        BatikSVGDrawer svg = new SvgWithShippedFonts();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> resource(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> resource(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useSVGDrawer(svg);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
        out.flush();
    }

    /** Batik's font resolver exists only once the renderer imports the @font-face rules: add ours then. */
    private static final class SvgWithShippedFonts extends BatikSVGDrawer {
        @Override
        public void importFontFaceRules(List<FontFaceRule> rules, SharedContext context) {
            super.importFontFaceRules(rules, context);
            try {
                File[] fonts = svgFonts();
                fontResolver.addFontFile(fonts[0], FAMILY, 400, FontStyle.NORMAL);
                fontResolver.addFontFile(fonts[1], FAMILY, 700, FontStyle.NORMAL);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot load the shipped fonts for SVG", e);
            }
        }
    }

    private static InputStream resource(String path) {
        InputStream in = PdfBriefingRenderer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("font not on the classpath: " + path);
        }
        return in;
    }

    private static File[] svgFonts() throws IOException {
        File[] f = svgFonts;
        if (f == null) {
            synchronized (PdfBriefingRenderer.class) {
                if (svgFonts == null) {
                    svgFonts = new File[] {copy(REGULAR), copy(BOLD)};
                }
                f = svgFonts;
            }
        }
        return f;
    }

    private static File copy(String path) {
        try (InputStream in = resource(path)) {
            File file = Files.createTempFile("ketenlens-font-", ".ttf").toFile();
            file.deleteOnExit();
            Files.copy(in, file.toPath(), StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
