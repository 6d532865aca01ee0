package nl.ketenlens.exposure;

import java.util.List;
import nl.ketenlens.access.CurrentViewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/companies/{id}/exposure}: the report, and the full path list to one facility; only for the admin and
 * the company itself (anyone else gets the 404 of an unknown company).
 */
@RestController
@RequestMapping("/api/companies/{id}/exposure")
class ExposureController {

    private final ExposureService exposure;
    private final CurrentViewer viewer;

    ExposureController(ExposureService exposure, CurrentViewer viewer) {
        this.exposure = exposure;
        this.viewer = viewer;
    }

    /** {@code ?depth=6&theme=child_labour&engaged=ID,ID&replaced=BUYER>SUPPLIER,...} */
    @GetMapping
    ExposureReport exposure(@PathVariable String id, @RequestParam(required = false) Integer depth,
                            @RequestParam(required = false) String theme,
                            @RequestParam(required = false) List<String> engaged,
                            @RequestParam(required = false) List<String> replaced) {
        return exposure.exposure(viewer.get(), id, depth, theme, engaged, replaced);
    }

    /** {@code ?facility=ID&depth=6&limit=1000} (engaged and replaced as above). */
    @GetMapping("/paths")
    PathsReport paths(@PathVariable String id, @RequestParam(required = false) String facility,
                      @RequestParam(required = false) Integer depth,
                      @RequestParam(required = false) List<String> engaged,
                      @RequestParam(required = false) List<String> replaced,
                      @RequestParam(required = false) Integer limit) {
        return exposure.paths(viewer.get(), id, facility, depth, engaged, replaced, limit);
    }
}
