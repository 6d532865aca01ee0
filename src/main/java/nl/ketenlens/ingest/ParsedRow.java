package nl.ketenlens.ingest;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;

import java.util.ArrayList;
import java.util.List;

/**
 * One source row on its way into the graph: the shared records it produced (any of them may be
 * null; OSH and RMI rows carry a facility and a link) and the errors found so far. Mutable on
 * purpose: parsing, cross-row checks and entity resolution each add to it in turn.
 */
final class ParsedRow {
    final int line;
    final List<String> raw;
    final List<ImportError> errors = new ArrayList<>();
    CompanyRow company;
    FacilityRow facility;
    LinkRow link;
    RiskRow risk;
    /** Optional annual volume of {@link #link} or {@link #companyLink}; null when the file has no volume columns. */
    Carried.Volume volume;
    /** Optional throughput and certifications of {@link #facility}; null when the file has none of those columns. */
    Carried.FacilityFacts facts;
    /** A link whose supplier is a company (company → company), moved out of {@link #link} by the cross-row checks. */
    LinkRow companyLink;
    /** A {@code financing} row. */
    Carried.Financing financing;
    /** Set while planning: the row's main entity decides created, anything else changed makes it updated. */
    RowStatus status;

    /** The state parsing left, so a retried import transaction plans from it again, not from a failed attempt. */
    private boolean planned;
    private int parsedErrors;
    private FacilityRow parsedFacility;
    private LinkRow parsedLink;

    ParsedRow(int line, List<String> raw) {
        this.line = line;
        this.raw = raw;
    }

    /** Called at the start of every planning attempt: the first remembers the parsed state, later ones restore it. */
    void startPlan() {
        if (!planned) {
            planned = true;
            parsedErrors = errors.size();
            parsedFacility = facility;
            parsedLink = link;
            return;
        }
        errors.subList(parsedErrors, errors.size()).clear();
        facility = parsedFacility;
        link = parsedLink;
        status = null;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** Records the diff outcome of one thing this row describes; the first call is the main entity. */
    void mark(RowStatus outcome) {
        if (status == null) {
            status = outcome;
        } else if (status == RowStatus.UNCHANGED && outcome != RowStatus.UNCHANGED) {
            status = RowStatus.UPDATED;
        }
    }

    void error(String field, String message) {
        errors.add(new ImportError(line, field, message));
    }
}
