package nl.ketenlens.access;

import nl.ketenlens.graph.Schema;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** {@code (:AuditEvent {at, actor, action, detail})}: written for every audited action, listed by admin. */
@Component
public class AuditLog {

    public static final String AUDIT_EVENT = Schema.Label.AUDIT_EVENT;

    private final Driver driver;

    public AuditLog(Driver driver) {
        this.driver = driver;
    }

    public void record(String actor, String action, String detail) {
        driver.executableQuery("CREATE (:" + AUDIT_EVENT + " {at: datetime(), actor: $actor, action: $action, detail: $detail})")
                .withParameters(Map.of("actor", actor, "action", action, "detail", detail)).execute();
    }

    /** The most recent events first. */
    public List<AuditEvent> recent(int limit) {
        return driver.executableQuery("MATCH (e:" + AUDIT_EVENT + ") RETURN toString(e.at) AS at, e.actor AS actor, "
                        + "e.action AS action, e.detail AS detail ORDER BY e.at DESC LIMIT $limit")
                .withParameters(Map.of("limit", limit)).execute().records().stream()
                .map(r -> new AuditEvent(r.get("at").asString(), r.get("actor").asString(),
                        r.get("action").asString(), r.get("detail").asString()))
                .toList();
    }
}
