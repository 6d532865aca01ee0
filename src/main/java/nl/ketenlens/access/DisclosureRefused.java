package nl.ketenlens.access;

/**
 * A question the aggregate-only rule does not answer for this viewer (a free company list, a selection of fewer
 * than k companies, a what-if that could single companies out): 403 naming the rule on REST.
 */
public class DisclosureRefused extends RuntimeException {

    public static final String RULE = "aggregate-only";

    private final String parameter;

    public DisclosureRefused(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public String rule() {
        return RULE;
    }
}
