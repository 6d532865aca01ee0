package nl.ketenlens.briefing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import nl.ketenlens.output.Format;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/briefings?covenant=|sector=&theme=&format=pdf|html|md|json&lang=nl|en}: the sector briefing as a
 * file, with its content type and a {@code Content-Disposition} file name. Bad input is an RFC 9457 problem
 * (400 naming the parameter, 404 for an unknown covenant or sector). The document is rendered in full before
 * the response starts, so an error never arrives as half a PDF.
 */
@RestController
@RequestMapping("/api/briefings")
class BriefingController {

    private final BriefingService service;
    private final ObjectMapper mapper;

    BriefingController(BriefingService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GetMapping
    ResponseEntity<byte[]> briefing(@RequestParam(required = false) String covenant,
                                    @RequestParam(required = false) String sector,
                                    @RequestParam(required = false) String theme,
                                    @RequestParam(defaultValue = "pdf") String format,
                                    @RequestParam(defaultValue = "nl") String lang) throws IOException {
        Format f = BriefingRenderers.parse(format);
        Briefing briefing = service.briefing(new BriefingRequest(covenant, sector, theme, lang, null));
        ByteArrayOutputStream body = new ByteArrayOutputStream(256 * 1024);
        BriefingRenderers.forFormat(f, mapper).render(briefing, body);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName(briefing, f)).build().toString())
                .body(body.toByteArray());
    }

    /** {@code briefing-gold-2026-12-01-nl.pdf} */
    static String fileName(Briefing b, Format f) {
        return "briefing-" + b.cover().code() + "-" + b.cover().date() + "-" + b.cover().lang() + "." + f.fileExtension();
    }
}
