package nl.ketenlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.access.Role;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class UsersCommandTests {

    @Test
    void usersCommandIsRegisteredAndParsesTheDocumentedOptions() {
        ParseResult parsed = KetenlensCli.commandLine(Object.class).parseArgs("users", "add", "jeweller", "--role", "company",
                "--company", "SYN-C-00014", "--password-stdin");
        UsersCommand.Add add = (UsersCommand.Add) parsed.subcommand().subcommand().commandSpec().userObject();
        assertThat(add.name).isEqualTo("jeweller");
        assertThat(add.role).isEqualTo("company");
        assertThat(add.company).isEqualTo("SYN-C-00014");
        assertThat(add.passwordStdin).isTrue();
        assertThat(KetenlensCli.commandLine(Object.class).parseArgs("users", "passwd", "jeweller").subcommand().subcommand()
                .commandSpec().userObject()).isInstanceOf(UsersCommand.Passwd.class);
    }

    @Test
    void helpSaysTheCommandLineHasFullAccess() {
        StringWriter help = new StringWriter();
        CommandLine cli = KetenlensCli.commandLine(Object.class);
        cli.setOut(new PrintWriter(help));
        cli.execute("users", "--help");
        assertThat(help.toString()).contains("full access").contains("add").contains("passwd");
    }

    @Test
    void anonymousIsNoAccountRole() {
        assertThat(UsersCommand.parseRole("Advisor")).isEqualTo(Role.ADVISOR);
        assertThatThrownBy(() -> UsersCommand.parseRole("anonymous")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> UsersCommand.parseRole("root")).isInstanceOf(BadRequestException.class);
    }
}
