package nl.ketenlens.catalog;

import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.graph.Schema;
import nl.ketenlens.graph.Schema.Label;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Checks that a code a user typed (sector, covenant, theme, commodity …) exists, and says which one did not. */
@Service
public class CodeLookup {

    private final Neo4jClient client;

    CodeLookup(Neo4jClient client) {
        this.client = client;
    }

    public void requireSector(String code) {
        require(Label.SECTOR, "sector", code);
    }

    public void requireCovenant(String code) {
        require(Label.COVENANT, "covenant", code);
    }

    public void requireTheme(String code) {
        require(Label.RISK_THEME, "theme", code);
    }

    public void requireCountry(String iso2) {
        require(Label.COUNTRY, "country", iso2);
    }

    public void requireCommodity(String code) {
        require(Label.COMMODITY, "commodity", code);
    }

    /**
     * Does nothing for null (no filter); throws {@link NotFoundException} naming the parameter otherwise. The label
     * must be one of the model's ({@link Label#require}) and is matched on its key ({@link Schema#keyOf}).
     */
    void require(String label, String parameter, String value) {
        if (value == null) {
            return;
        }
        String query = "MATCH (n:%s {%s: $v}) RETURN count(n) > 0 AS e"
                .formatted(Label.require(label), Schema.keyOf(label));
        boolean exists = client.query(query)
                .bind(value).to("v").fetchAs(Boolean.class).mappedBy((t, r) -> r.get("e").asBoolean()).one()
                .orElse(false);
        if (!exists) {
            throw new NotFoundException(parameter, value);
        }
    }
}
