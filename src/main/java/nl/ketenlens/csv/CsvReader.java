package nl.ketenlens.csv;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
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

    /** Opens the same input again for each pass; the streaming reader reads a file twice and never holds it whole. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** Reads UTF-8 bytes (BOM optional); see the class comment for what is refused. */
    public static CsvTable read(byte[] bytes) throws CsvFormatException {
        try (CsvStream stream = open(() -> new ByteArrayInputStream(bytes))) {
            return stream.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to read
        }
    }

    /** Reads text that is already decoded; a leading byte-order mark ({@code U+FEFF}) is dropped. */
    public static CsvTable read(String text) throws CsvFormatException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Scan scan = new Scan();
        scan.accept(CharBuffer.wrap(t));
        char delimiter = scan.delimiter();
        try (CsvStream stream = new CsvStream(new Parser(new StringReader(t), delimiter), delimiter)) {
            return stream.readAll();
        }
    }

    /**
     * Streams a CSV file in two passes over {@code source}: the first checks the bytes (binary, UTF-8, empty) and
     * finds the delimiter, the second parses records one at a time, so memory does not grow with the file. Refuses
     * exactly what {@link #read(byte[])} refuses, with the same lines and messages; structural errors further down
     * (overlong line, unterminated quote) surface from {@link CsvStream#next()} when the parse reaches them.
     */
    public static CsvStream open(Source source) throws CsvFormatException, IOException {
        char delimiter;
        try (InputStream in = source.open()) {
            delimiter = scan(in);
        }
        InputStream in = new BufferedInputStream(source.open(), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            in.reset();
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8); // already checked: cannot be malformed
        return new CsvStream(new Parser(reader, delimiter), delimiter);
    }

    /** The checks {@code decode} made on a whole byte array, in one pass over a stream; returns the delimiter. */
    private static char scan(InputStream in) throws IOException, CsvFormatException {
        byte[] head = in.readNBytes(BINARY_PROBE);
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            throw new CsvFormatException(1, "binary file (a ZIP archive, e.g. an .xlsx workbook): save it as CSV UTF-8");
        }
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                throw new CsvFormatException(newlines(head, 0, i) + 1, "binary file (NUL byte at offset " + i
                        + "): expected UTF-8 text");
            }
        }
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(Math.max(head.length, 1 << 16));
        bytes.put(head, start, head.length - start).flip();
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        Scan scan = new Scan();
        long offset = start;   // absolute offset of bytes.position()
        long lines = 0;        // '\n' bytes before offset
        boolean end = false;
        while (true) {
            int from = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, end);
            lines += newlines(bytes.array(), from, bytes.position());
            offset += bytes.position() - from;
            if (result.isError()) {
                throw new CsvFormatException((int) Math.min(Integer.MAX_VALUE, lines + 1), String.format(
                        "not UTF-8: invalid byte 0x%02X at offset %d (save the file as CSV UTF-8)",
                        bytes.get(bytes.position()) & 0xff, offset));
            }
            scan.accept(chars.flip());
            chars.clear();
            if (result.isOverflow()) {
                continue;
            }
            if (end) {
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        while (decoder.flush(chars).isOverflow()) {
            scan.accept(chars.flip());
            chars.clear();
        }
        scan.accept(chars.flip());
        return scan.delimiter();
    }

    private static int newlines(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Whether the text is blank, and the delimiter: {@code ;} and {@code ,} counted outside quotes on the first line. */
    private static final class Scan {
        private boolean blank = true;
        private boolean firstLineDone;
        private boolean quoted;
        private int semicolons;
        private int commas;

        void accept(CharBuffer text) {
            while (text.hasRemaining()) {
                char c = text.get();
                if (blank && !Character.isWhitespace(c)) {
                    blank = false;
                }
                if (firstLineDone) {
                    if (!blank) {
                        text.position(text.limit()); // nothing left to learn from this chunk
                    }
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    firstLineDone = true;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == ',') {
                    commas++;
                }
            }
        }

        char delimiter() throws CsvFormatException {
            if (blank) {
                throw new CsvFormatException(1, "empty file: expected a header row");
            }
            return semicolons > commas ? ';' : ',';
        }
    }

    static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    /**
     * A pull parser: {@link #next()} returns one record (with the physical line it starts on) at a time.
     * {@code line} counts physical lines, {@code lineChars} guards their length.
     */
    static final class Parser implements AutoCloseable {
        private final Reader in;
        private final char delimiter;
        private final char[] buf = new char[1 << 14];
        private int pos;
        private int len;
        private final StringBuilder field = new StringBuilder();
        private List<String> fields = new ArrayList<>();
        private int line = 1;
        private int recordLine = 1;
        private int lineChars;
        private boolean ended;

        Parser(Reader in, char delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        private int peek() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos];
        }

        /** The next record, or null at the end of the input. */
        CsvTable.CsvRecord next() throws CsvFormatException, IOException {
            if (ended) {
                return null;
            }
            boolean quoted = false;
            int quoteLine = 0;
            for (int r = read(); r >= 0; r = read()) {
                char c = (char) r;
                if (++lineChars > MAX_LINE_CHARS) {
                    throw new CsvFormatException(line, "line longer than 1 MB (" + MAX_LINE_CHARS + " characters)");
                }
                if (quoted) {
                    if (c == '"') {
                        if (peek() == '"') {
                            field.append('"');
                            read();
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && peek() != '\n')) {
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
                    if (peek() == '\n') {
                        read();
                    }
                    return endRecord();
                } else if (c == '\n') {
                    return endRecord();
                } else {
                    field.append(c);
                }
            }
            ended = true;
            if (quoted) {
                throw new CsvFormatException(quoteLine, "unterminated quoted field (opening quote on line " + quoteLine + ")");
            }
            if (!field.isEmpty() || !fields.isEmpty()) {
                return endRecord();
            }
            return null;
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
        }

        private CsvTable.CsvRecord endRecord() {
            endField();
            CsvTable.CsvRecord record = new CsvTable.CsvRecord(recordLine, List.copyOf(fields));
            fields = new ArrayList<>();
            newLine();
            recordLine = line;
            return record;
        }

        private void newLine() {
            line++;
            lineChars = 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
