package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.GroupsReport;
import nl.ketenlens.leverage.LeverageReports.LeverageReport;
import nl.ketenlens.leverage.LeverageReports.PlanReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sector leverage over REST: the same questions and answers as the CLI commands. */
@RestController
@RequestMapping("/api/leverage")
class LeverageController {

    private final LeverageService leverage;

    LeverageController(LeverageService leverage) {
        this.leverage = leverage;
    }

    @GetMapping
    LeverageReport leverage(@RequestParam(required = false) String sector,
                            @RequestParam(required = false) String covenant,
                            @RequestParam(required = false) List<String> companies,
                            @RequestParam(required = false) String theme,
                            @RequestParam(required = false) String commodity,
                            @RequestParam(required = false) List<String> engaged,
                            @RequestParam(defaultValue = "20") int top) {
        return leverage.leverage(request(sector, covenant, companies, theme, commodity, engaged, top));
    }

    @GetMapping("/plan")
    PlanReport plan(@RequestParam(required = false) String sector, @RequestParam(required = false) String covenant,
                    @RequestParam(required = false) List<String> companies,
                    @RequestParam(required = false) String theme, @RequestParam(required = false) String commodity,
                    @RequestParam(required = false) List<String> engaged, @RequestParam(defaultValue = "5") int budget) {
        return leverage.plan(request(sector, covenant, companies, theme, commodity, engaged, 0), budget);
    }

    @GetMapping("/cut")
    CutReport cut(@RequestParam(required = false) String sector, @RequestParam(required = false) String covenant,
                  @RequestParam(required = false) List<String> companies,
                  @RequestParam(required = false) List<String> engaged, @RequestParam String hotspot) {
        return leverage.cut(request(sector, covenant, companies, null, null, engaged, 0), hotspot);
    }

    @GetMapping("/groups")
    GroupsReport groups(@RequestParam(required = false) String sector, @RequestParam(required = false) String covenant,
                        @RequestParam(required = false) List<String> companies,
                        @RequestParam(required = false) String theme, @RequestParam(required = false) String commodity,
                        @RequestParam(required = false) List<String> engaged,
                        @RequestParam(defaultValue = "0.2") double threshold) {
        return leverage.groups(request(sector, covenant, companies, theme, commodity, engaged, 0), threshold);
    }

    private static LeverageRequest request(String sector, String covenant, List<String> companies, String theme,
                                           String commodity, List<String> engaged, int top) {
        return new LeverageRequest(blankToNull(sector), blankToNull(covenant), companies, blankToNull(theme),
                blankToNull(commodity), engaged, top);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
