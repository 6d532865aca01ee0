package nl.ketenlens.api;

/**
 * A question a rule refuses to answer for this user: 403 on REST naming the rule and the parameter that asked for
 * too much, exit code 2 on the CLI. Features subclass it for their rules (e.g. the aggregate-only rule).
 */
public class ForbiddenException extends RuntimeException {

    private final String rule;
    private final String parameter;

    public ForbiddenException(String rule, String parameter, String message) {
        super(parameter + ": " + message);
        this.rule = rule;
        this.parameter = parameter;
    }

    public String rule() {
        return rule;
    }

    public String parameter() {
        return parameter;
    }
}
