package nl.ketenlens.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Integration test on the real embedded Neo4j, seeded exactly as a user's first start. Every test class
 * with this annotation shares one Spring context and one store (start-up costs ~15 s, paid once).
 * Tests must not change seeded data they do not own: use their own ids for anything they write. A test that
 * asks as a particular user sets the {@link TestViewer} (and resets it afterwards).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "ketenlens.store.data-dir=target/it-store",
        "ketenlens.store.reset=true",
        "ketenlens.store.bolt-port=0",
        "ketenlens.store.page-cache=256m"
})
@AutoConfigureMockMvc
@Import(TestViewer.class)
public @interface EmbeddedStoreTest {
}
