package nl.ketenlens.api;

/** A named thing (company, facility, sector …) does not exist: 404 on REST, exit code 2 on the CLI. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("unknown " + kind + " '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    /** With a hint for the reader (e.g. the known values); {@link #id()} stays the id alone. */
    public NotFoundException(String kind, String id, String hint) {
        super("unknown " + kind + " '" + id + "' (" + hint + ")");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
