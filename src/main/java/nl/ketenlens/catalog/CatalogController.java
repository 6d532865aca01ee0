package nl.ketenlens.catalog;

import java.util.List;
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

@RestController
@RequestMapping("/api")
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/companies")
    CompanyPage companies(@RequestParam(required = false) String q, @RequestParam(required = false) String sector,
                          @RequestParam(required = false) String covenant,
                          @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return catalog.companies(q, sector, covenant, offset, limit);
    }

    @GetMapping("/companies/{id}")
    CompanyDetail company(@PathVariable String id) {
        return catalog.company(id);
    }

    @GetMapping("/facilities/{id}")
    FacilityDetail facility(@PathVariable String id) {
        return catalog.facility(id);
    }

    @GetMapping("/countries/{code}/risks")
    CountryRisks countryRisks(@PathVariable String code, @RequestParam(required = false) String theme) {
        return catalog.countryRisks(code, theme);
    }

    @GetMapping("/covenants")
    List<CovenantView> covenants() {
        return catalog.covenants();
    }

    @GetMapping("/covenants/{code}")
    CovenantView covenant(@PathVariable String code) {
        return catalog.covenant(code);
    }
}
