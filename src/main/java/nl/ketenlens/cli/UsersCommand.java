package nl.ketenlens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import nl.ketenlens.access.Account;
import nl.ketenlens.access.NewPassword;
import nl.ketenlens.access.Role;
import nl.ketenlens.access.UserService;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ketenlens users add|list|remove|passwd}: account management on the store's own machine. The CLI opens
 * the store directly and therefore has full (admin) access; every change is audited with actor {@code cli}.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage login accounts (admin, company, advisor).",
                "The command line opens the store directly and has full access; changes are audited as 'cli'."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAll.class, UsersCommand.Remove.class,
                UsersCommand.Passwd.class})
public final class UsersCommand implements Runnable {

    static final String ACTOR = "cli";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account; without --password-stdin a password is generated and printed once.")
    static final class Add extends StoreCommand {

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, company or advisor")
        String role;

        @Option(names = "--company", paramLabel = "ID", description = "The company a company user is bound to.")
        String company;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public int run(ApplicationContext context) throws IOException {
            String password = passwordStdin ? readPassword() : null;
            NewPassword created = context.getBean(UserService.class).add(ACTOR, name, parseRole(role), company, password);
            print(out(), created);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts (never passwords).")
    static final class ListAll extends StoreCommand {

        @Override
        public int run(ApplicationContext context) {
            for (Account a : context.getBean(UserService.class).list()) {
                out().printf("%-24s %-8s %s%n", a.name(), a.role().name().toLowerCase(),
                        a.companyId() == null ? "" : a.companyId());
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account (not the last admin).")
    static final class Remove extends StoreCommand {

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public int run(ApplicationContext context) {
            context.getBean(UserService.class).remove(ACTOR, name);
            out().println("removed " + name);
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set a password; without --password-stdin one is generated and printed once.")
    static final class Passwd extends StoreCommand {

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public int run(ApplicationContext context) throws IOException {
            String password = passwordStdin ? readPassword() : null;
            print(out(), context.getBean(UserService.class).passwd(ACTOR, name, password));
            return 0;
        }
    }

    static Role parseRole(String role) {
        try {
            Role parsed = Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT));
            if (parsed == Role.ANONYMOUS) {
                throw new IllegalArgumentException();
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new nl.ketenlens.api.BadRequestException("role", "one of admin, company, advisor");
        }
    }

    private static String readPassword() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }

    private static void print(java.io.PrintWriter out, NewPassword result) {
        Account a = result.account();
        out.println(a.name() + " role=" + a.role().name().toLowerCase()
                + (a.companyId() == null ? "" : " company=" + a.companyId()));
        if (result.generated() != null) {
            out.println("password (shown once): " + result.generated());
        }
        out.flush();
    }
}
