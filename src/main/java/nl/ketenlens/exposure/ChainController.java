package nl.ketenlens.exposure;

import nl.ketenlens.access.CurrentViewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/companies/{id}/chain?depth=6}: the company's own chain as nodes and edges (admin or itself). */
@RestController
class ChainController {

    private final ChainService chains;
    private final CurrentViewer viewer;

    ChainController(ChainService chains, CurrentViewer viewer) {
        this.chains = chains;
        this.viewer = viewer;
    }

    @GetMapping("/api/companies/{id}/chain")
    ChainView chain(@PathVariable String id, @RequestParam(required = false) Integer depth) {
        return chains.chain(viewer.get(), id, depth);
    }
}
