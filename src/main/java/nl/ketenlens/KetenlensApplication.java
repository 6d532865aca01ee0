package nl.ketenlens;

import nl.ketenlens.cli.KetenlensCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point for the server and every CLI command: {@code java -jar ketenlens.jar [command]}.
 * Without arguments it serves the web API on the embedded (or configured) Neo4j.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KetenlensApplication {

    public static void main(String[] args) {
        int exit = KetenlensCli.execute(KetenlensApplication.class, args);
        if (exit != KetenlensCli.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
