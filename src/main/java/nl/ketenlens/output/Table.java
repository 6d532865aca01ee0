package nl.ketenlens.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A titled table printed as aligned text or CSV (RFC 4180 quoting): the one table writer of the CLI. Print it
 * through {@link TableRenderer}, which picks the layout from a {@link Format}.
 */
public record Table(String title, List<String> headers, List<List<String>> rows, List<String> notes) {

    public Table {
        rows = List.copyOf(rows);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public void printText(PrintWriter out) {
        if (title != null) {
            out.println(title);
            out.println();
        }
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], Math.min(60, cell(row, c).length()));
            }
        }
        printRow(out, headers, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        printRow(out, rule, width);
        rows.forEach(r -> printRow(out, r, width));
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(out::println);
        }
        out.flush();
    }

    public void printCsv(PrintWriter out) {
        out.println(csvLine(headers));
        rows.forEach(r -> out.println(csvLine(r)));
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> row, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String v = cell(row, c);
            if (v.length() > 60) {
                v = v.substring(0, 59) + "…";
            }
            line.append(String.format("%-" + width[c] + "s", v));
            if (c < width.length - 1) {
                line.append("  ");
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() && row.get(c) != null ? row.get(c) : "";
    }

    /** One CSV line: every cell {@link #csvCell neutralised} and quoted where RFC 4180 needs it. */
    public static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String v : cells) {
            String s = csvCell(v);
            boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
            quoted.add(quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        return String.join(",", quoted);
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /**
     * A cell safe to open in a spreadsheet (CSV formula injection, OWASP): names and ids come from uploaded files, so
     * a cell starting with {@code = + - @}, tab or CR would run as a formula in Excel or LibreOffice. Such a cell gets
     * a leading {@code '}, which spreadsheets show as text; a plain number such as {@code -0.5} stays a number.
     */
    public static String csvCell(String value) {
        String s = value == null ? "" : value;
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || NUMBER.matcher(s).matches()) {
            return s;
        }
        return "'" + s;
    }
}
