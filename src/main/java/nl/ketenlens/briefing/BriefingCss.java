package nl.ketenlens.briefing;

/**
 * The briefing's style sheet: screen and print (A4, page numbers in the footer, sections on new pages, table
 * of contents with page numbers through {@code target-counter}). Fonts: DejaVu Sans, embedded by the PDF renderer.
 */
final class BriefingCss {

    static final String CSS = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
              @bottom-left { content: "%FOOTER%"; font-size: 8pt; color: #666666; font-family: 'DejaVu Sans'; }
              @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #666666;
                              font-family: 'DejaVu Sans'; } }
            @page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
            html { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color: #222222; line-height: 1.4; }
            body { max-width: 190mm; margin: 0 auto; }
            h1 { font-size: 28pt; color: #1f5f8b; margin: 0 0 4mm 0; }
            h2 { font-size: 15pt; color: #1f5f8b; border-bottom: 1.5pt solid #1f5f8b; padding-bottom: 1mm;
                 margin-top: 0; page-break-before: always; }
            h3 { font-size: 11pt; color: #333333; margin: 5mm 0 2mm 0; page-break-after: avoid; }
            p { margin: 0 0 2.5mm 0; }
            .cover { padding-top: 25mm; }
            .cover .kicker { text-transform: uppercase; letter-spacing: 2pt; color: #666666; font-size: 9pt; }
            .cover .subtitle { font-size: 13pt; color: #444444; margin-bottom: 12mm; }
            .cover .scope { font-size: 16pt; font-weight: bold; margin-bottom: 6mm; }
            .cover dl { margin: 0 0 10mm 0; } .cover dd { margin: 0 0 1mm 0; }
            .cover .audience { border-left: 3pt solid #1f5f8b; padding-left: 3mm; color: #333333; }
            .badge { display: inline-block; padding: 1.5mm 3mm; border-radius: 2mm; font-size: 8.5pt; }
            .synthetic { background: #fff3cd; border: 0.75pt solid #d4a017; color: #6b5200; }
            .toc { margin-top: 14mm; border-top: 0.75pt solid #cccccc; padding-top: 4mm; }
            .toc h2 { page-break-before: avoid; border-bottom: none; font-size: 12pt; }
            .toc ul { list-style: none; padding: 0; font-size: 10pt; }
            .toc li { margin: 0 0 1.8mm 0; }
            .toc a { color: #222222; text-decoration: none; }
            .toc a::after { content: leader('.') target-counter(attr(href), page); }
            table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm 0; font-size: 8pt;
                    -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            th { background: #e8f0f6; text-align: left; padding: 1.2mm 1.5mm; border-bottom: 0.75pt solid #1f5f8b; }
            td { padding: 1mm 1.5mm; border-bottom: 0.5pt solid #dddddd; vertical-align: top; }
            tr { page-break-inside: avoid; }
            table.sources { table-layout: fixed; }
            table.sources td { font-size: 7pt; word-wrap: break-word; }
            table.sources th:nth-child(1) { width: 22%; } table.sources th:nth-child(2) { width: 27%; }
            table.sources th:nth-child(3) { width: 13%; } table.sources th:nth-child(4) { width: 7%; }
            table.sources th:nth-child(5) { width: 12%; } table.sources th:nth-child(6) { width: 19%; }
            table.sources td:nth-child(4) { white-space: nowrap; }
            table.sources td:nth-child(6) { word-break: break-all; }
            figure { margin: 2mm 0 5mm 0; page-break-inside: avoid; }
            figcaption { font-size: 8pt; color: #555555; margin-top: 1mm; }
            ol.steps { padding-left: 5mm; } ol.steps li { margin-bottom: 2.5mm; }
            .oecd { display: inline-block; background: #1f5f8b; color: #ffffff; font-size: 7.5pt; padding: 0.3mm 1.5mm;
                    border-radius: 1mm; }
            @media screen { body { padding: 10mm; } h2 { margin-top: 12mm; } }
            """;

    /** The style sheet with {@code footer} (the document title) at the bottom left of every page but the cover. */
    static String css(String footer) {
        return CSS.replace("%FOOTER%", footer.replace("\\", "").replace("\"", "'"));
    }

    private BriefingCss() {
    }
}
