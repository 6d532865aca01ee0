package nl.ketenlens.cli;

import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.ForbiddenException;
import nl.ketenlens.api.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into a one-line message and an exit code; a stack trace is no message for a user. */
final class CliExceptionHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        Throwable root = rootCause(e);
        cli.getErr().println("ketenlens " + cli.getCommandName() + ": " + describe(root));
        if (Boolean.getBoolean("ketenlens.debug")) {
            root.printStackTrace(cli.getErr());
        }
        return isBadInput(root) ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
    }

    static boolean isBadInput(Throwable t) {
        return t instanceof NotFoundException || t instanceof BadRequestException || t instanceof ForbiddenException
                || t instanceof IllegalArgumentException;
    }

    static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !isBadInput(t)) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
