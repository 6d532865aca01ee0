package nl.ketenlens.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives.
 *
 * @param dataDir   directory of the embedded store ({@code --data-dir} or {@code KETENLENS_DATA_DIR})
 * @param boltPort  Bolt port of the embedded store on 127.0.0.1; 0 picks a free port
 * @param pageCache page cache size of the embedded store, e.g. {@code 512m}
 * @param reset     wipe the store before start, then seed it again
 * @param seedDemo  load the synthetic demo network into an empty store
 * @param uri       Bolt URI of an external Neo4j server ({@code NEO4J_URI}); empty = embedded store
 */
@ConfigurationProperties("ketenlens.store")
public record StoreProperties(@DefaultValue("./data") Path dataDir,
                              @DefaultValue("7687") int boltPort,
                              @DefaultValue("512m") String pageCache,
                              @DefaultValue("false") boolean reset,
                              @DefaultValue("true") boolean seedDemo,
                              @DefaultValue("") String uri,
                              @DefaultValue("neo4j") String username,
                              @DefaultValue("") String password) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
