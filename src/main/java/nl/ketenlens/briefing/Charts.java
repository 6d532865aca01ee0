package nl.ketenlens.briefing;

import java.util.List;
import java.util.Locale;

/**
 * The briefing's two charts as hand-written SVG 1.1 (one string each, inlined in the HTML and drawn by the PDF
 * renderer's Batik): the theme × country heat map and the engagement plan's coverage curve. See
 * docs/adr/0009-briefing-rendering.md for why not a charting library.
 */
final class Charts {

    static final String FONT = "DejaVu Sans, Arial, sans-serif";

    private Charts() {
    }

    /** Heat map: rows themes, columns countries; colour = severity (0.2 … 1.0), number = companies. */
    static String heatMap(Briefing.Issues issues, BriefingText text) {
        List<String> themes = issues.heatThemes();
        List<String> countries = issues.heatCountries();
        int labelW = 190;
        int cellW = 46;
        int cellH = 26;
        int headH = 96;
        int legendH = 34;
        int width = Math.max(labelW + cellW * Math.max(1, countries.size()) + 10, labelW + 5 * 46 + 90);
        int height = headH + cellH * themes.size() + legendH;
        StringBuilder s = open(width, height, "heatmap");
        for (int c = 0; c < countries.size(); c++) {
            double x = labelW + c * cellW + cellW / 2.0;
            s.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" transform=\"rotate(-45 %.1f %d)\">%s</text>",
                    x, headH - 6, x, headH - 6, Xml.esc(text.country(countries.get(c)))));
        }
        for (int r = 0; r < themes.size(); r++) {
            int y = headH + r * cellH;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    labelW - 6, y + cellH / 2 + 4, Xml.esc(text.theme(themes.get(r)))));
            for (int c = 0; c < countries.size(); c++) {
                int x = labelW + c * cellW;
                Briefing.HeatCell cell = cell(issues, themes.get(r), countries.get(c));
                String fill = cell == null ? "#f4f4f4" : colour(cell.severity());
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
                        x, y, cellW, cellH, fill));
                if (cell != null) {
                    String label = cell.companies().suppressed() ? "<" + text.integer(text.k()) : text.count(cell.companies());
                    s.append(String.format(Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
                            x + cellW / 2.0, y + cellH / 2 + 4, cell.severity() >= 0.7 ? "#ffffff" : "#222222",
                            Xml.esc(label)));
                }
            }
        }
        legend(s, labelW, headH + cellH * themes.size() + 10, text);
        return s.append("</svg>").toString();
    }

    private static void legend(StringBuilder s, int x0, int y, BriefingText text) {
        double[] stops = {0.2, 0.4, 0.6, 0.8, 1.0};
        for (int i = 0; i < stops.length; i++) {
            int x = x0 + i * 46;
            s.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"46\" height=\"10\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"9\">%s</text>",
                    x, y, colour(stops[i]), x, y + 21, Xml.esc(text.decimal(stops[i], 1))));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\">%s</text>",
                x0 + 5 * 46 + 8, y + 9, Xml.esc(text.t("issues.severity"))));
    }

    private static Briefing.HeatCell cell(Briefing.Issues issues, String theme, String country) {
        return issues.heatMap().stream().filter(c -> c.theme().equals(theme) && c.country().equals(country))
                .findFirst().orElse(null);
    }

    /** Severity 0.2 (pale yellow) … 1.0 (dark red), linear in RGB between three stops. */
    static String colour(double severity) {
        double t = Math.max(0, Math.min(1, (severity - 0.2) / 0.8));
        int[] a = {255, 237, 160};
        int[] b = {240, 120, 50};
        int[] c = {150, 20, 30};
        int[] from = t < 0.5 ? a : b;
        int[] to = t < 0.5 ? b : c;
        double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(from[0], to[0], u), mix(from[1], to[1], u),
                mix(from[2], to[2], u));
    }

    private static int mix(int a, int b, double u) {
        return (int) Math.round(a + (b - a) * u);
    }

    /** Coverage curve: share of the risk-weighted exposure covered after 0, 1, … plan steps. */
    static String coverageCurve(List<Double> curve, BriefingText text) {
        int width = 520;
        int height = 250;
        int left = 52;
        int right = 20;
        int top = 16;
        int bottom = 44;
        int n = Math.max(1, curve.size());
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        StringBuilder s = open(width, height, "coverage");
        for (int p = 0; p <= 100; p += 25) {
            double y = top + plotH * (1 - p / 100.0);
            s.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dddddd\" stroke-width=\"1\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    left, y, left + plotW, y, left - 6, y + 3, Xml.esc(text.percent(p / 100.0))));
        }
        StringBuilder points = new StringBuilder(String.format(Locale.ROOT, "%d,%.1f", left, top + plotH));
        for (int i = 0; i < curve.size(); i++) {
            double x = left + plotW * (i + 1) / n;
            double y = top + plotH * (1 - curve.get(i));
            points.append(String.format(Locale.ROOT, " %.1f,%.1f", x, y));
        }
        s.append("<polyline points=\"").append(points)
                .append("\" fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"2.5\"/>");
        for (int i = 0; i < curve.size(); i++) {
            double x = left + plotW * (i + 1) / n;
            double y = top + plotH * (1 - curve.get(i));
            s.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f5f8b\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>"
                            + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%d</text>",
                    x, y, x, Math.max(top + 10, y - 8), Xml.esc(text.percent(curve.get(i))),
                    x, top + plotH + 16, i + 1));
        }
        s.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444444\" stroke-width=\"1\"/>"
                        + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                left, top + plotH, left + plotW, top + plotH, left + plotW / 2, height - 8,
                Xml.esc(text.t("leverage.curveAxis"))));
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String id) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"%s\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" font-family=\"%s\" fill=\"#222222\">", id, width, height, width, height, FONT));
    }
}
