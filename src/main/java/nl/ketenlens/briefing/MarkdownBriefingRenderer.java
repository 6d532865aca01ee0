package nl.ketenlens.briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The briefing as Markdown (GitHub tables): the same blocks as the HTML, charts as their figures' tables. */
public final class MarkdownBriefingRenderer implements nl.ketenlens.output.Renderer<Briefing> {

    @Override
    public void render(Briefing b, OutputStream out) throws IOException {
        BriefingText t = new BriefingText(b.cover().lang(), b.cover().k());
        StringBuilder m = new StringBuilder(32 * 1024);
        Briefing.Cover c = b.cover();
        String name = "nl".equals(c.lang()) && c.nameNl() != null ? c.nameNl() : c.name();
        m.append("# ").append(t.t("doc.title")).append(" \u2013 ").append(name).append("\n\n")
                .append("*").append(t.t("doc.subtitle")).append("*\n\n")
                .append("- ").append(t.t("covenant".equals(c.scope()) ? "cover.covenant" : "cover.sector", name)).append('\n')
                .append("- ").append(t.t("cover.date", t.date(c.date()))).append('\n')
                .append("- ").append(t.t("cover.revision", String.valueOf(c.graphRevision()))).append('\n')
                .append("- ").append(t.t("cover.theme", c.theme() == null ? t.t("cover.allThemes") : t.theme(c.theme())))
                .append('\n').append("- ").append(t.t("cover.language")).append("\n\n")
                .append("> ").append(t.t("cover.audience", c.k())).append("\n\n");
        if (c.syntheticData()) {
            m.append("> **").append(t.t("cover.synthetic")).append("**\n\n");
        }
        m.append("## ").append(t.t("toc.title")).append("\n\n");
        for (String id : BriefingHtml.SECTIONS) {
            String title = t.t("section." + id);
            m.append("- [").append(title).append("](#").append(id).append(")\n");
        }
        m.append('\n');
        for (Blocks.Block block : new BriefingDocument(b, t).blocks()) {
            block(m, block);
        }
        out.write(m.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void block(StringBuilder m, Blocks.Block block) {
        if (block instanceof Blocks.Heading x) {
            if (x.level() == 2) {
                m.append("<a id=\"").append(x.id()).append("\"></a>\n\n");
            }
            m.append("#".repeat(x.level())).append(' ').append(x.text()).append("\n\n");
        } else if (block instanceof Blocks.Para x) {
            m.append(x.text()).append("\n\n");
        } else if (block instanceof Blocks.Table x) {
            table(m, x);
        } else if (block instanceof Blocks.Items x) {
            for (int i = 0; i < x.items().size(); i++) {
                m.append(x.ordered() ? (i + 1) + ". " : "- ");
                if (x.labels() != null) {
                    m.append("**").append(x.labels().get(i)).append("** ");
                }
                m.append(x.items().get(i)).append('\n');
            }
            m.append('\n');
        } else if (block instanceof Blocks.Chart x) {
            m.append('*').append(x.caption()).append("*\n\n");
            table(m, x.fallback());
        }
    }

    private static void table(StringBuilder m, Blocks.Table t) {
        row(m, t.headers());
        m.append('|').append(" --- |".repeat(t.headers().size())).append('\n');
        t.rows().forEach(r -> row(m, r));
        m.append('\n');
    }

    private static void row(StringBuilder m, List<String> cells) {
        m.append('|');
        cells.forEach(c -> m.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |"));
        m.append('\n');
    }
}
