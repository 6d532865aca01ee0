package nl.ketenlens.ingest;

import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RMI Conflict Minerals (CMRT 6.x) or Extended Minerals (EMRT 1.x/2.x) Reporting
 * Template. What it relies on, as the templates have it:
 * <ul>
 *   <li>sheet {@code Declaration}: a label cell starting with "Company Name" (row 8 in CMRT 6.x,
 *       label in B, answer in D); the answer is the first non-empty cell right of the label;</li>
 *   <li>sheet {@code Smelter List}: a header row within the first 15 rows (row 4 in CMRT 6.x) with
 *       the titles "Metal (*)", "Smelter Look-up (*)", "Smelter Name (1)", "Smelter Country (*)",
 *       "Smelter Identification" and "Smelter Identification Number Input Column"; titles are
 *       matched by prefix, ignoring case and the "(*)" / "(1)" markers, not by position.</li>
 * </ul>
 * Formula cells (the template fills name and CID from the look-up) are read from their cached
 * values. The name is the standard name from the look-up, unless that says "Smelter not listed"
 * / "not yet identified", then the name typed by the supplier. Rows without a CID cannot be keyed
 * and are skipped with a warning. Each smelter becomes a {@code smelter} facility keyed by its CID
 * and a {@code BUYS_FROM} from the {@code --supplier} facility for the metal.
 */
final class RmiTemplateReader {
    private static final int HEADER_SEARCH_ROWS = 15;
    private final ImportKind kind;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /** A filled-in CMRT/EMRT is well under 5 MB; anything far bigger is not a template. */
    static final int MAX_WORKBOOK_BYTES = 20 << 20;
    /** RMI lists a few hundred smelters; a template with more rows than this is not one supplier's declaration. */
    static final int MAX_SMELTER_ROWS = 20_000;
    /** Header search reads at most this many cells per row (a sheet can claim 16,384 columns). */
    static final int MAX_COLUMNS = 200;

    static {
        // the workbook is read into memory (XSSF), so bound what it may expand to before POI allocates it:
        // a part inflating more than 100x is a zip bomb, no XML part over 50 MB, no byte array over 100 MB.
        // POI's XML parsers refuse DOCTYPE declarations, so external and expanding XML entities fail to parse.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L << 20);
        ZipSecureFile.setMaxTextSize(10L << 20);
        IOUtils.setByteArrayMaxOverride(100 << 20);
    }

    RmiTemplateReader(ImportKind kind) {
        this.kind = kind;
    }

    ParsedFile read(byte[] bytes, ReferenceLookup refs, ImportOptions options) {
        if (options.supplierId() == null) {
            return ParsedFile.failed(new ImportError(0, "--supplier",
                    "required for " + kind.id() + ": the id of the facility that filled in the template"));
        }
        if (bytes.length > MAX_WORKBOOK_BYTES) {
            return ParsedFile.failed(new ImportError(0, "file", "workbook of " + bytes.length / (1 << 20)
                    + " MB is larger than the " + (MAX_WORKBOOK_BYTES >> 20) + " MB a CMRT/EMRT can be"));
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            return read(wb, refs, options);
        } catch (OutOfMemoryError e) {
            // last line of defence: a workbook that slipped past the limits must fail the import, not the server
            return ParsedFile.failed(new ImportError(0, "file", "workbook too large to read in memory"));
        } catch (Exception e) {
            return ParsedFile.failed(new ImportError(0, "file", "not a readable .xlsx workbook (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")"));
        }
    }

    private ParsedFile read(Workbook wb, ReferenceLookup refs, ImportOptions options) {
        List<String> warnings = new ArrayList<>();
        Sheet declaration = wb.getSheet("Declaration");
        String company = declaration == null ? null : declaringCompany(declaration);
        warnings.add("0: Declaration: declaring company " + (company == null ? "not found" : "'" + company + "'")
                + ", linked as supplier facility " + options.supplierId());
        Sheet smelters = wb.getSheet("Smelter List");
        if (smelters == null) {
            return new ParsedFile(List.of(), List.of(), List.of(new ImportError(0, "Smelter List",
                    "sheet 'Smelter List' not found: is this a " + kind.id().toUpperCase(Locale.ROOT) + "?")), warnings);
        }
        Layout layout = Layout.find(smelters, this::text);
        if (layout == null) {
            return new ParsedFile(List.of(), List.of(), List.of(new ImportError(0, "Smelter List",
                    "no header row with 'Metal' and 'Smelter Identification' columns in the first "
                            + HEADER_SEARCH_ROWS + " rows")), warnings);
        }
        if (smelters.getLastRowNum() - layout.headerRow > MAX_SMELTER_ROWS) {
            return new ParsedFile(List.of(), List.of(), List.of(new ImportError(0, "Smelter List", "more than "
                    + MAX_SMELTER_ROWS + " rows: not a single supplier's template")), warnings);
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (int r = layout.headerRow + 1; r <= smelters.getLastRowNum(); r++) {
            Row row = smelters.getRow(r);
            if (row == null) {
                continue;
            }
            List<String> raw = new ArrayList<>();
            for (int c = 0; c < layout.header.size(); c++) {
                raw.add(text(row.getCell(c)));
            }
            if (raw.stream().allMatch(String::isBlank)) {
                continue;
            }
            ParsedRow parsed = smelterRow(r + 1, raw, layout, refs, options, warnings);
            if (parsed != null) {
                rows.add(parsed);
            }
        }
        if (rows.isEmpty()) {
            return new ParsedFile(layout.header, rows, List.of(new ImportError(layout.headerRow + 1, "Smelter List",
                    "no smelters with a Smelter Identification (CID) listed")), warnings);
        }
        return new ParsedFile(layout.header, rows, List.of(), warnings);
    }

    private ParsedRow smelterRow(int line, List<String> raw, Layout layout, ReferenceLookup refs,
                                 ImportOptions options, List<String> warnings) {
        String metal = layout.get(raw, layout.metal);
        String cid = layout.get(raw, layout.cid);
        if (cid == null && layout.cidInput >= 0) {
            cid = layout.get(raw, layout.cidInput);
        }
        String lookupName = layout.get(raw, layout.lookup);
        String typedName = layout.get(raw, layout.name);
        String name = lookupName == null || lookupName.toLowerCase(Locale.ROOT).startsWith("smelter not")
                ? typedName : lookupName;
        if (cid == null) {
            warnings.add(line + ": Smelter Identification: no CID for '" + (name == null ? "?" : name) + "' ("
                    + (metal == null ? "?" : metal) + "), row skipped");
            return null;
        }
        ParsedRow row = new ParsedRow(line, raw);
        Columns cols = layout.columns();
        RowReader in = new RowReader(line, raw, cols);
        String code = Refs.commodity(in, layout.title(layout.metal), in.required(layout.title(layout.metal)), refs);
        if (name == null) {
            in.error(layout.title(layout.name), "missing value (no smelter name for " + cid + ")");
        }
        String countryText = layout.get(raw, layout.country);
        String country = Refs.country(in, layout.title(layout.country), countryText, refs);
        if (countryText == null) {
            in.error(layout.title(layout.country), "missing value");
        }
        row.errors.addAll(in.errors());
        row.facility = new FacilityRow(cid, name, "smelter", country, null,
                code == null ? List.of() : List.of(code), null, cid, false);
        row.link = new LinkRow(options.supplierId(), cid, code, null, false);
        return row;
    }

    private String declaringCompany(Sheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 40); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < Math.min(row.getLastCellNum(), MAX_COLUMNS); c++) {
                if (text(row.getCell(c)).toLowerCase(Locale.ROOT).startsWith("company name")) {
                    for (int v = c + 1; v < Math.min(row.getLastCellNum(), MAX_COLUMNS); v++) {
                        String value = text(row.getCell(v));
                        if (!value.isBlank()) {
                            return value.trim();
                        }
                    }
                    return null;
                }
            }
        }
        return null;
    }

    /** Cell text; formulas by their cached result, since the look-up formulas need the template's lists. */
    String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue().trim();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General").trim();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Column positions found from the header titles. */
    private static final class Layout {
        int headerRow;
        List<String> header;
        int metal = -1;
        int lookup = -1;
        int name = -1;
        int country = -1;
        int cid = -1;
        int cidInput = -1;

        static Layout find(Sheet sheet, java.util.function.Function<Cell, String> text) {
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Layout l = new Layout();
                l.headerRow = r;
                l.header = new ArrayList<>();
                for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); c++) {
                    String title = text.apply(row.getCell(c));
                    l.header.add(title);
                    l.assign(clean(title), c);
                }
                if (l.metal >= 0 && (l.cid >= 0 || l.cidInput >= 0)) {
                    if (l.name < 0) {
                        l.name = l.lookup;
                    }
                    return l;
                }
            }
            return null;
        }

        private void assign(String t, int c) {
            if (t.startsWith("metal") && metal < 0) {
                metal = c;
            } else if (t.startsWith("smelter look-up") || t.startsWith("smelter lookup")) {
                lookup = c;
            } else if (t.startsWith("smelter name") && name < 0) {
                name = c;
            } else if (t.startsWith("smelter country")) {
                country = c;
            } else if (t.startsWith("smelter identification number input")) {
                cidInput = c;
            } else if (t.equals("smelter identification") || t.equals("smelter id")) {
                cid = c;
            }
        }

        static String clean(String title) {
            return title.toLowerCase(Locale.ROOT).replaceAll("\\(\\*\\)|\\(\\d\\)", "").replaceAll("\\s+", " ").trim();
        }

        String title(int c) {
            return c < 0 ? "Smelter List" : clean(header.get(c));
        }

        String get(List<String> raw, int c) {
            if (c < 0 || c >= raw.size()) {
                return null;
            }
            String v = raw.get(c).trim();
            return v.isEmpty() ? null : v;
        }

        /** Header titles as {@link Columns}, so {@link RowReader} can name the field in errors. */
        Columns columns() {
            List<String> cleaned = header.stream().map(Layout::clean).toList();
            return new Columns(cleaned, List.of(), cleaned.stream().filter(s -> !s.isEmpty()).toList(), false);
        }
    }
}
