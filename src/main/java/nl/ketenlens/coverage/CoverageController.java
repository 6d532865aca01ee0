package nl.ketenlens.coverage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/themes/coverage}: which theme × country has data, from which source and year. */
@RestController
@RequestMapping("/api/themes")
class CoverageController {
    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/coverage")
    CoverageReport coverage(@RequestParam(required = false) String theme,
                            @RequestParam(required = false) String country) {
        return coverage.report(theme, country);
    }
}
