package nl.ketenlens.catalog;

import nl.ketenlens.api.NotFoundException;
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
        require("Sector", "code", "sector", code);
    }

    public void requireCovenant(String code) {
        require("Covenant", "code", "covenant", code);
    }

    public void requireTheme(String code) {
        require("RiskTheme", "code", "theme", code);
    }

    public void requireCountry(String iso2) {
        require("Country", "iso2", "country", iso2);
    }

    public void requireCommodity(String code) {
        require("Commodity", "code", "commodity", code);
    }

    /** Does nothing for null (no filter); throws {@link NotFoundException} naming the parameter otherwise. */
    void require(String label, String key, String parameter, String value) {
        if (value == null) {
            return;
        }
        boolean exists = client.query("MATCH (n:" + label + " {" + key + ": $v}) RETURN count(n) > 0 AS e")
                .bind(value).to("v").fetchAs(Boolean.class).mappedBy((t, r) -> r.get("e").asBoolean()).one()
                .orElse(false);
        if (!exists) {
            throw new NotFoundException(parameter, value);
        }
    }
}
