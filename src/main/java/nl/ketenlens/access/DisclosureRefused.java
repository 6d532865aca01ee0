package nl.ketenlens.access;

import nl.ketenlens.api.ForbiddenException;

/**
 * A question the aggregate-only rule does not answer for this viewer (a free company list, a selection of fewer
 * than k companies, a what-if that could single companies out): 403 naming the rule on REST.
 */
public class DisclosureRefused extends ForbiddenException {

    public static final String RULE = "aggregate-only";

    public DisclosureRefused(String parameter, String message) {
        super(RULE, parameter, message);
    }
}
