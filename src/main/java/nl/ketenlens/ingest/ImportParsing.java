package nl.ketenlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import nl.ketenlens.csv.CsvReader;

/** Reading, row validation and cross-row checks for any kind: everything before the graph diff. */
final class ImportParsing {
    private ImportParsing() {
    }

    static ParsedFile parse(ImportKind kind, byte[] bytes, ReferenceLookup refs, ImportOptions options) {
        try {
            return parse(kind, () -> new ByteArrayInputStream(bytes), refs, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to read
        }
    }

    /** CSV kinds are streamed from {@code source}; a workbook is read whole (its size is capped by the XLSX limits). */
    static ParsedFile parse(ImportKind kind, CsvReader.Source source, ReferenceLookup refs, ImportOptions options)
            throws IOException {
        ParsedFile file = switch (kind) {
            case COMPANIES -> CsvImportReader.read(source, new CompanyFormat(), refs, options);
            case FACILITIES -> CsvImportReader.read(source, new FacilityFormat(), refs, options);
            case LINKS -> CsvImportReader.read(source, new LinkFormat(), refs, options);
            case RISKS -> CsvImportReader.read(source, new RiskFormat(), refs, options);
            case OSH -> CsvImportReader.read(source, new OshFormat(), refs, options);
            case CMRT, EMRT -> new RmiTemplateReader(kind).read(readAll(source), refs, options);
            case FINANCING -> CsvImportReader.read(source, new FinancingFormat(), refs, options);
        };
        if (!file.fileErrors().isEmpty()) {
            return file;
        }
        var warnings = new ArrayList<>(file.warnings());
        CrossRowChecks.apply(kind, file.rows(), refs, warnings);
        return new ParsedFile(file.header(), file.rows(), file.fileErrors(), warnings);
    }

    private static byte[] readAll(CsvReader.Source source) throws IOException {
        try (InputStream in = source.open()) {
            return in.readAllBytes();
        }
    }
}
