package nl.ketenlens.ingest;

import java.util.ArrayList;

/** Reading, row validation and cross-row checks for any kind: everything before the graph diff. */
final class ImportParsing {
    private ImportParsing() {
    }

    static ParsedFile parse(ImportKind kind, byte[] bytes, ReferenceLookup refs, ImportOptions options) {
        ParsedFile file = switch (kind) {
            case COMPANIES -> CsvImportReader.read(bytes, new CompanyFormat(), refs, options);
            case FACILITIES -> CsvImportReader.read(bytes, new FacilityFormat(), refs, options);
            case LINKS -> CsvImportReader.read(bytes, new LinkFormat(), refs, options);
            case RISKS -> CsvImportReader.read(bytes, new RiskFormat(), refs, options);
            case OSH -> CsvImportReader.read(bytes, new OshFormat(), refs, options);
            case CMRT, EMRT -> new RmiTemplateReader(kind).read(bytes, refs, options);
            case FINANCING -> CsvImportReader.read(bytes, new FinancingFormat(), refs, options);
        };
        if (!file.fileErrors().isEmpty()) {
            return file;
        }
        var warnings = new ArrayList<>(file.warnings());
        CrossRowChecks.apply(kind, file.rows(), refs, warnings);
        return new ParsedFile(file.header(), file.rows(), file.fileErrors(), warnings);
    }
}
