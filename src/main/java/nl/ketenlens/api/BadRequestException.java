package nl.ketenlens.api;

/** A parameter has a value the product cannot use: 400 naming the parameter on REST, exit code 2 on the CLI. */
public class BadRequestException extends RuntimeException {

    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
