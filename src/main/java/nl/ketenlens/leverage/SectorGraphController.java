package nl.ketenlens.leverage;

import nl.ketenlens.access.CurrentViewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sector-graph?covenant=CODE|sector=CODE&theme=&commodity=&top=&budget=}: the aggregate sector
 * graph (members collapsed into one counted node) with its Sankey flow and CAHRA regions.
 */
@RestController
class SectorGraphController {

    private final SectorGraphService graphs;
    private final CurrentViewer viewer;

    SectorGraphController(SectorGraphService graphs, CurrentViewer viewer) {
        this.graphs = graphs;
        this.viewer = viewer;
    }

    @GetMapping("/api/sector-graph")
    SectorGraph graph(@RequestParam(required = false) String covenant, @RequestParam(required = false) String sector,
                      @RequestParam(required = false) String theme, @RequestParam(required = false) String commodity,
                      @RequestParam(defaultValue = "" + SectorGraphService.DEFAULT_TOP) int top,
                      @RequestParam(defaultValue = "" + SectorGraphService.DEFAULT_BUDGET) int budget) {
        return graphs.graph(blank(covenant), blank(sector), blank(theme), blank(commodity), top, budget, viewer.get());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
