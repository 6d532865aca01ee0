package nl.ketenlens.overview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/overview}: counts of what the graph holds (public: names no company). */
@RestController
class OverviewController {

    private final OverviewService overview;

    OverviewController(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping("/api/overview")
    Overview overview() {
        return overview.overview();
    }
}
