package nl.ketenlens.catalog;

import java.util.List;
import nl.ketenlens.access.CurrentViewer;
import nl.ketenlens.catalog.CatalogRecords.CompanyDetail;
import nl.ketenlens.catalog.CatalogRecords.CompanyPage;
import nl.ketenlens.catalog.CatalogRecords.CountryRisks;
import nl.ketenlens.catalog.CatalogRecords.CovenantView;
import nl.ketenlens.catalog.CatalogRecords.FacilityDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Browsing endpoints; what each returns depends on the viewer, taken once per request. */
@RestController
@RequestMapping("/api")
class CatalogController {

    private final CatalogService catalog;
    private final CurrentViewer viewer;

    CatalogController(CatalogService catalog, CurrentViewer viewer) {
        this.catalog = catalog;
        this.viewer = viewer;
    }

    @GetMapping("/companies")
    CompanyPage companies(@RequestParam(required = false) String q, @RequestParam(required = false) String sector,
                          @RequestParam(required = false) String covenant,
                          @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return catalog.companies(viewer.get(), q, sector, covenant, offset, limit);
    }

    @GetMapping("/companies/{id}")
    CompanyDetail company(@PathVariable String id) {
        return catalog.company(viewer.get(), id);
    }

    @GetMapping("/facilities/{id}")
    FacilityDetail facility(@PathVariable String id) {
        return catalog.facility(viewer.get(), id);
    }

    @GetMapping("/countries/{code}/risks")
    CountryRisks countryRisks(@PathVariable String code, @RequestParam(required = false) String theme) {
        return catalog.countryRisks(code, theme);
    }

    @GetMapping("/covenants")
    List<CovenantView> covenants() {
        return catalog.covenants(viewer.get());
    }

    @GetMapping("/covenants/{code}")
    CovenantView covenant(@PathVariable String code) {
        return catalog.covenant(viewer.get(), code);
    }
}
