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
 * {@code GET /api/export?company=ID|covenant=CODE|sector=CODE&format=graphml|gexf|dot|csv|nodes-csv&depth=&theme=}:
 * a company's own chain as a file, for the admin and the company itself (anyone else: the 404 of an unknown company,
 * as for the chain); or the aggregate sector graph of a covenant or sector, for every logged-in role under the
 * sector views' gate (members collapsed into one counted node).
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
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String company,
                                                 @RequestParam(required = false) String covenant,
                                                 @RequestParam(required = false) String sector,
                                                 @RequestParam(required = false) String theme,
                                                 @RequestParam(required = false) String format,
                                                 @RequestParam(required = false) Integer depth) {
        ExportService.Export export = exports.any(viewer.get(), blank(company), blank(covenant), blank(sector),
                blank(theme), format, depth);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.format().mediaType + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                .body(export::writeTo);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
