package nl.ketenlens.seed.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader: comma-separated fields, CRLF or LF record ends, fields in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""}). A leading UTF-8 byte-order mark is dropped. The first record is the
 * header; every row is returned with the line on which it starts, so errors can point at it.
 */
final class Csv {
    private Csv() {
    }

    /** Parses {@code text} (the whole file) into rows keyed by header column. */
    static List<CsvRow> parse(String file, String text) {
        List<Record> records = records(file, stripBom(text));
        if (records.isEmpty()) {
            throw new ReferenceDataException(file, 1, null, "file is empty, a header line is required");
        }
        List<String> header = records.get(0).fields();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (index.put(header.get(i).strip(), i) != null) {
                throw new ReferenceDataException(file, 1, header.get(i), "duplicate column in header");
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().size() != header.size()) {
                throw new ReferenceDataException(file, record.line(), null, "expected " + header.size()
                        + " fields as in the header, found " + record.fields().size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i).strip(), record.fields().get(i));
            }
            rows.add(new CsvRow(file, record.line(), values));
        }
        return rows;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private record Record(int line, List<String> fields) {
    }

    private static List<Record> records(String file, String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean sawAny = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                sawAny = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                sawAny = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (sawAny || !field.isEmpty()) {
                    fields.add(field.toString());
                    records.add(new Record(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                sawAny = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                sawAny = true;
            }
        }
        if (quoted) {
            throw new ReferenceDataException(file, recordLine, null, "quoted field is not closed");
        }
        if (sawAny || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
