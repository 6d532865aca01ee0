package nl.ketenlens.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as Dutch and international spreadsheets save it: UTF-8 with or without BOM,
 * delimiter {@code ,} or {@code ;} (whichever occurs more often outside quotes in the header line;
 * a tie means {@code ,}), quoted fields with {@code ""} escapes and line breaks, CRLF or LF.
 * Refuses empty, binary and non-UTF-8 input and lines longer than {@link #MAX_LINE_CHARS}.
 * Structural row checks (field counts, column names) are left to the caller, which knows the header.
 * Every {@link CsvFormatException} names the physical line, so callers can report {@code file:line}.
 *
 * <p>The one CSV parser of Ketenlens: import files ({@code ingest}) and the packaged reference data
 * ({@code seed.reference}) both read through it.
 */
public final class CsvReader {

    /** 1 MiB of characters per physical line; longer lines are not spreadsheets, they are dumps. */
    public static final int MAX_LINE_CHARS = 1 << 20;
    private static final int BINARY_PROBE = 8192;

    private CsvReader() {
    }

    /** Reads UTF-8 bytes (BOM optional); see the class comment for what is refused. */
    public static CsvTable read(byte[] bytes) throws CsvFormatException {
        return parseText(decode(bytes));
    }

    /** Reads text that is already decoded; a leading byte-order mark ({@code U+FEFF}) is dropped. */
    public static CsvTable read(String text) throws CsvFormatException {
        return parseText(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static CsvTable parseText(String text) throws CsvFormatException {
        if (text.isBlank()) {
            throw new CsvFormatException(1, "empty file: expected a header row");
        }
        char delimiter = detectDelimiter(text);
        List<CsvTable.CsvRecord> all = parse(text, delimiter);
        CsvTable.CsvRecord header = all.get(0);
        List<String> names = header.fields().stream().map(String::trim).toList();
        List<CsvTable.CsvRecord> records = all.subList(1, all.size()).stream()
                .filter(r -> !blank(r.fields())).toList();
        return new CsvTable(delimiter, names, records);
    }

    private static String decode(byte[] bytes) throws CsvFormatException {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            throw new CsvFormatException(1, "binary file (a ZIP archive, e.g. an .xlsx workbook): save it as CSV UTF-8");
        }
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new CsvFormatException(lineAt(bytes, i), "binary file (NUL byte at offset " + i + "): expected UTF-8 text");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new CsvFormatException(lineAt(bytes, offset), String.format(
                    "not UTF-8: invalid byte 0x%02X at offset %d (save the file as CSV UTF-8)", bytes[offset] & 0xff, offset));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Counts {@code ;} and {@code ,} outside quotes on the first physical line. */
    static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<CsvTable.CsvRecord> parse(String text, char delimiter) throws CsvFormatException {
        return new Parser(text, delimiter).records();
    }

    private static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    /** A single-pass state machine; {@code line} counts physical lines, {@code lineChars} guards their length. */
    private static final class Parser {
        private final String text;
        private final char delimiter;
        private final List<CsvTable.CsvRecord> records = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private List<String> fields = new ArrayList<>();
        private int line = 1;
        private int recordLine = 1;
        private int lineChars;

        Parser(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        List<CsvTable.CsvRecord> records() throws CsvFormatException {
            boolean quoted = false;
            int quoteLine = 0;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (++lineChars > MAX_LINE_CHARS) {
                    throw new CsvFormatException(line, "line longer than 1 MB (" + MAX_LINE_CHARS + " characters)");
                }
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
                            newLine();
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                    quoteLine = line;
                } else if (c == delimiter) {
                    endField();
                } else if (c == '\r') {
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    endRecord();
                } else if (c == '\n') {
                    endRecord();
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new CsvFormatException(quoteLine, "unterminated quoted field (opening quote on line " + quoteLine + ")");
            }
            if (!field.isEmpty() || !fields.isEmpty()) {
                endRecord();
            }
            return records;
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
        }

        private void endRecord() {
            endField();
            records.add(new CsvTable.CsvRecord(recordLine, List.copyOf(fields)));
            fields = new ArrayList<>();
            newLine();
            recordLine = line;
        }

        private void newLine() {
            line++;
            lineChars = 0;
        }
    }
}
