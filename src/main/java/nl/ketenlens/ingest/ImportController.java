package nl.ketenlens.ingest;

import nl.ketenlens.access.CurrentViewer;
import nl.ketenlens.api.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;

/**
 * {@code POST /api/imports/{kind}} with a multipart {@code file} and the CLI's options as request
 * parameters ({@code dryRun}, {@code skipInvalid}, {@code supplier}, {@code buyer}, {@code batchSize}).
 * An accepted file answers 200 with the {@link ImportReport}; a refused one 400 problem details
 * with the {@code errors}, {@code warnings} and the counts; an unknown kind 404 naming it. A company user imports
 * its own supplier data only ({@link ImportScope}): another kind is 403 naming it, a row outside its chain an error.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {
    private final ImportService service;
    private final CurrentViewer viewer;

    ImportController(ImportService service, CurrentViewer viewer) {
        this.service = service;
        this.viewer = viewer;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@PathVariable String kind, @RequestParam("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean dryRun,
                                 @RequestParam(defaultValue = "false") boolean skipInvalid,
                                 @RequestParam(required = false) String supplier,
                                 @RequestParam(required = false) String buyer,
                                 @RequestParam(defaultValue = "0") int batchSize) throws IOException {
        ImportKind k = ImportKind.parse(kind).orElseThrow(() -> new NotFoundException("import kind", kind,
                "one of: " + ImportKind.ids()));
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        // streamed from Spring's multipart temp file (opened once per pass), never read whole into memory
        ImportReport report = service.importFile(k, file::getInputStream, name,
                new ImportOptions(dryRun, skipInvalid, supplier, buyer, batchSize), viewer.get());
        if (!report.refused()) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(report));
    }

    private static ProblemDetail problem(ImportReport report) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, report.errors().size()
                + (report.errors().size() == 1 ? " error" : " errors") + " in " + report.file()
                + "; nothing was written. " + String.join(" | ", report.errorLines().subList(0, Math.min(3, report.errors().size()))));
        p.setTitle("Import refused");
        p.setType(URI.create("https://ketenlens.nl/problems/invalid-import"));
        p.setProperty("kind", report.kind());
        p.setProperty("file", report.file());
        p.setProperty("read", report.read());
        p.setProperty("rejected", report.rejected());
        p.setProperty("warnings", report.warnings());
        p.setProperty("errors", report.errors());
        return p;
    }
}
