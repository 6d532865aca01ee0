package nl.ketenlens.leverage;

import java.util.List;
import nl.ketenlens.access.CurrentViewer;
import nl.ketenlens.leverage.LeverageReports.CutReport;
import nl.ketenlens.leverage.LeverageReports.GroupsReport;
import nl.ketenlens.leverage.LeverageReports.LeverageReport;
import nl.ketenlens.leverage.LeverageReports.PlanReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sector leverage over REST: the same questions and answers as the CLI commands. Every endpoint takes one of
 * {@code sector}, {@code covenant} or {@code companies}, optional {@code theme} and {@code commodity}, and the
 * what-if parameters {@code engaged} (facility ids) and {@code addIndicator}
 * ({@code COUNTRY[:REGION]:COMMODITY|*:THEME:SCALE:SCOPE:IRREMEDIABILITY:LIKELIHOOD}, repeatable). What the
 * caller sees depends on who asks: the viewer is taken once per request and handed to the service.
 */
@RestController
@RequestMapping("/api/leverage")
class LeverageController {

    private final LeverageService leverage;
    private final CurrentViewer viewer;

    LeverageController(LeverageService leverage, CurrentViewer viewer) {
        this.leverage = leverage;
        this.viewer = viewer;
    }

    /** The question parameters shared by all leverage endpoints. */
    record Question(String sector, String covenant, List<String> companies, String theme, String commodity,
                    List<String> engaged, List<String> addIndicator) {

        LeverageRequest request(int top) {
            return new LeverageRequest(blankToNull(sector), blankToNull(covenant), companies, blankToNull(theme),
                    blankToNull(commodity), engaged, addIndicator, top);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    @GetMapping
    LeverageReport leverage(@ModelAttribute Question question, @RequestParam(defaultValue = "20") int top) {
        return leverage.leverage(question.request(top), viewer.get());
    }

    @GetMapping("/plan")
    PlanReport plan(@ModelAttribute Question question, @RequestParam(defaultValue = "5") int budget) {
        return leverage.plan(question.request(0), budget, viewer.get());
    }

    @GetMapping("/cut")
    CutReport cut(@ModelAttribute Question question, @RequestParam String hotspot) {
        return leverage.cut(question.request(0), hotspot, viewer.get());
    }

    @GetMapping("/groups")
    GroupsReport groups(@ModelAttribute Question question, @RequestParam(defaultValue = "0.2") double threshold) {
        return leverage.groups(question.request(0), threshold, viewer.get());
    }
}
