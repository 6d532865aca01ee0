package nl.ketenlens.briefing;

import java.util.List;

/**
 * The briefing as one self-contained XHTML document: print CSS, a table of contents, the two SVG charts
 * inline. The same document feeds the PDF renderer, which adds page numbers from the CSS paged-media rules.
 */
final class BriefingHtml {

    static final List<String> SECTIONS = List.of("context", "issues", "chains", "gaps", "leverage", "steps",
            "changes", "methods");

    private final Briefing b;
    private final BriefingText text;
    private final StringBuilder h = new StringBuilder(64 * 1024);

    BriefingHtml(Briefing briefing) {
        this.b = briefing;
        this.text = new BriefingText(briefing.cover().lang(), briefing.cover().k());
    }

    String document() {
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(b.cover().lang())
                .append("\"><head><meta charset=\"utf-8\"/><title>").append(Xml.esc(title())).append("</title>")
                .append("<style>").append(Xml.esc(BriefingCss.css(title())).replace("&quot;", "\"")).append("</style>").append(bookmarks())
                .append("</head><body>");
        cover();
        toc();
        new BriefingDocument(b, text).blocks().forEach(this::block);
        return h.append("</body></html>\n").toString();
    }

    String title() {
        return text.t("doc.title") + " \u2013 " + scopeName();
    }

    private String scopeName() {
        return "nl".equals(b.cover().lang()) && b.cover().nameNl() != null ? b.cover().nameNl() : b.cover().name();
    }

    /** PDF outline entries (openhtmltopdf reads {@code <bookmarks>} in the head; browsers ignore it). */
    private String bookmarks() {
        StringBuilder s = new StringBuilder("<bookmarks>");
        for (String id : SECTIONS) {
            s.append("<bookmark name=\"").append(Xml.esc(text.t("section." + id))).append("\" href=\"#")
                    .append(id).append("\"/>");
        }
        return s.append("</bookmarks>").toString();
    }

    private void cover() {
        Briefing.Cover c = b.cover();
        h.append("<section class=\"cover\"><p class=\"kicker\">").append(Xml.esc(text.t("cover.generated")))
                .append("</p><h1>").append(Xml.esc(text.t("doc.title"))).append("</h1><p class=\"subtitle\">")
                .append(Xml.esc(text.t("doc.subtitle"))).append("</p><p class=\"scope\">")
                .append(Xml.esc(text.t("covenant".equals(c.scope()) ? "cover.covenant" : "cover.sector", scopeName())))
                .append("</p><dl class=\"facts\">");
        item(text.t("cover.date", text.date(c.date())));
        item(text.t("cover.revision", String.valueOf(c.graphRevision())));
        item(text.t("cover.theme", c.theme() == null ? text.t("cover.allThemes") : text.theme(c.theme())));
        item(text.t("cover.language"));
        h.append("</dl><p class=\"audience\">").append(Xml.esc(text.t("cover.audience", c.k()))).append("</p>");
        if (c.syntheticData()) {
            h.append("<p class=\"badge synthetic\">").append(Xml.esc(text.t("cover.synthetic"))).append("</p>");
        }
        h.append("</section>");
    }

    private void item(String s) {
        h.append("<dd>").append(Xml.esc(s)).append("</dd>");
    }

    private void toc() {
        h.append("<nav class=\"toc\" id=\"toc\"><h2>").append(Xml.esc(text.t("toc.title"))).append("</h2><ul>");
        for (String id : SECTIONS) {
            h.append("<li><a href=\"#").append(id).append("\">").append(Xml.esc(text.t("section." + id)))
                    .append("</a></li>");
        }
        h.append("</ul></nav>");
    }

    private void block(Blocks.Block block) {
        if (block instanceof Blocks.Heading x) {
            h.append(x.level() == 2 ? "<h2 id=\"" + x.id() + "\">" : "<h3>").append(Xml.esc(x.text()))
                    .append(x.level() == 2 ? "</h2>" : "</h3>");
        } else if (block instanceof Blocks.Para x) {
            h.append(x.cssClass() == null ? "<p>" : "<p class=\"" + x.cssClass() + "\">").append(Xml.esc(x.text()))
                    .append("</p>");
        } else if (block instanceof Blocks.Table x) {
            table(x);
        } else if (block instanceof Blocks.Items x) {
            items(x);
        } else if (block instanceof Blocks.Chart x) {
            h.append("<figure>").append(x.svg()).append("<figcaption>").append(Xml.esc(x.caption()))
                    .append("</figcaption></figure>");
        }
    }

    private void table(Blocks.Table t) {
        h.append("<table class=\"").append(t.cssClass()).append("\"><thead><tr>");
        t.headers().forEach(c -> h.append("<th>").append(Xml.esc(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            row.forEach(c -> h.append("<td>").append(Xml.esc(c)).append("</td>"));
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private void items(Blocks.Items l) {
        h.append(l.ordered() ? "<ol class=\"steps\">" : "<ul>");
        for (int i = 0; i < l.items().size(); i++) {
            h.append("<li>");
            if (l.labels() != null) {
                h.append("<span class=\"oecd\">").append(Xml.esc(l.labels().get(i))).append("</span> ");
            }
            h.append(Xml.esc(l.items().get(i))).append("</li>");
        }
        h.append(l.ordered() ? "</ol>" : "</ul>");
    }
}
