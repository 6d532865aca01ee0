package nl.ketenlens.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.ketenlens.store.StoreProperties;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The first start of the (reset) test store created the accounts once, in a file only its owner can read. */
@EmbeddedStoreTest
class AccountBootstrapIT {

    @Autowired
    AccountBootstrap bootstrap;
    @Autowired
    UserAccounts accounts;
    @Autowired
    StoreProperties store;
    @Autowired
    MockMvc mvc;

    @Test
    void firstStartCreatedAdminAndDemoAccountsOnceInAnOwnerOnlyFile() throws Exception {
        Path file = store.dataDir().resolve(AccountBootstrap.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("admin:").contains("role=admin");
        assertThat(lines.get(1)).startsWith("demo-company:").contains("company=" + AccountBootstrap.DEMO_COMPANY);
        assertThat(lines.get(2)).startsWith("demo-advisor:").contains("role=advisor");
        assertThat(accounts.find("demo-company").orElseThrow().account().companyId()).isEqualTo(AccountBootstrap.DEMO_COMPANY);

        String admin = lines.get(0).substring(0, lines.get(0).indexOf(' '));
        String password = admin.substring("admin:".length());
        assertThat(password).hasSize(20);
        assertThat(mvc.perform(get("/api/admin/users").with(httpBasic("admin", password)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(accounts.find("admin").orElseThrow().passwordHash()).startsWith("$2").doesNotContain(password);

        String before = Files.readString(file);
        long count = accounts.count();
        bootstrap.afterPropertiesSet();
        assertThat(accounts.count()).as("a store with accounts gets none").isEqualTo(count);
        assertThat(Files.readString(file)).isEqualTo(before);
    }
}
