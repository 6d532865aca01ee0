package nl.ketenlens.export;

import nl.ketenlens.access.CurrentViewer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export?company=ID&format=graphml|gexf|dot|csv|nodes-csv&depth=}: a company's own chain as a file,
 * for the admin and the company itself (anyone else: the 404 of an unknown company, as for the chain).
 */
@RestController
class ExportController {

    private final ExportService exports;
    private final CurrentViewer viewer;

    ExportController(ExportService exports, CurrentViewer viewer) {
        this.exports = exports;
        this.viewer = viewer;
    }

    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam String company,
                                                 @RequestParam(required = false) String format,
                                                 @RequestParam(required = false) Integer depth) {
        ExportService.Export export = exports.company(viewer.get(), company, format, depth);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.format().mediaType + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                .body(export::writeTo);
    }
}
