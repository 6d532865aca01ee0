package nl.ketenlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar used the way the README says: {@code java -jar target/ketenlens.jar} serves the seeded graph on a
 * fresh data directory, and the CLI commands work on the same store once the server is stopped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedAppIT {

    private static final Path JAR = Path.of("target", "ketenlens.jar");
    private static final Path DATA = Path.of("target", "packaged-it-store");

    @Test
    @Order(1)
    void serverStartsOnAFreshStoreAndServesTheSeededApi() throws Exception {
        assumeTrue(Files.exists(JAR), "target/ketenlens.jar is built by `mvn package`");
        int http = freePort();
        Process server = start(List.of("serve", "--data-dir", DATA.toString(), "--reset", "--port", String.valueOf(http),
                "--bolt-port", String.valueOf(freePort())), "server");
        try {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + http;
            assertThat(waitForHealth(client, base + "/actuator/health", server)).contains("\"UP\"");
            HttpResponse<String> covenants = get(client, base + "/api/covenants");
            assertThat(covenants.statusCode()).isEqualTo(200);
            assertThat(covenants.body()).contains("\"code\":\"gold\"");
            HttpResponse<String> missing = get(client, base + "/api/companies/NO-SUCH-COMPANY", adminCredentials());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("server stops within 60 s").isTrue();
        }
    }

    @Test
    @Order(2)
    void leverageCommandPrintsRankedJsonFromTheSameStore() throws Exception {
        assumeTrue(Files.exists(DATA), "needs the store seeded by the server test");
        Process p = start(List.of("leverage", "--data-dir", DATA.toString(), "--covenant", "gold", "--top", "3",
                "--format", "json"), "leverage");
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(log("leverage"));
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("\"facilities\"").contains("\"facilityId\"").contains("\"syntheticData\" : true");
    }

    @Test
    @Order(3)
    void unknownCompanyIsBadInputWithExitCode2() throws Exception {
        assumeTrue(Files.exists(DATA), "needs the store seeded by the server test");
        Process p = start(List.of("exposure", "--data-dir", DATA.toString(), "--company", "NO-SUCH-COMPANY"), "exposure");
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log("exposure"))).contains("unknown company 'NO-SUCH-COMPANY'");
    }

    private static Process start(List<String> args, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
    }

    private static Path log(String name) {
        return Path.of("target", "packaged-it-" + name + ".log");
    }

    private static String waitForHealth(HttpClient client, String url, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server exited early, see " + log("server")).isTrue();
            try {
                HttpResponse<String> r = get(client, url);
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (IOException notYetListening) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no healthy server within 240 s, see " + log("server"));
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient client, String url, String credentials) throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code admin:PASSWORD} from the credentials file the first start wrote into the data directory. */
    private static String adminCredentials() throws IOException {
        return Files.readAllLines(DATA.resolve("credentials.txt")).stream().filter(l -> l.startsWith("admin:"))
                .findFirst().orElseThrow().split(" ")[0];
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
