package nl.ketenlens.cli;

/** Exit codes of every command: 0 ok, 1 failure, 2 bad input. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
