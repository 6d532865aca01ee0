package nl.ketenlens.briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import nl.ketenlens.output.Renderer;

/** The briefing as one self-contained HTML file (styles and SVG charts inline, no external resource). */
public final class HtmlBriefingRenderer implements Renderer<Briefing> {

    @Override
    public void render(Briefing briefing, OutputStream out) throws IOException {
        out.write(new BriefingHtml(briefing).document().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
