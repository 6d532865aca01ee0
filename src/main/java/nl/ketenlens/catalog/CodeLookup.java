package nl.ketenlens.catalog;

import java.util.List;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.graph.Schema;
import nl.ketenlens.graph.Schema.Label;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Checks that a code a user typed (sector, covenant, theme, commodity …) exists, and says which one did not.
 *
 * <p>Themes are the one exception to "unknown code = 404": a theme is never the thing asked about, only a filter on
 * it, so a theme that is not a known theme code is bad input — {@link BadRequestException} (400, exit code 2) naming
 * the parameter and listing the known codes. {@link #requireTheme} is the one place that rule lives; leverage,
 * exposure and the catalog all call it.
 */
@Service
public class CodeLookup {

    private final Neo4jClient client;

    CodeLookup(Neo4jClient client) {
        this.client = client;
    }

    /**
     * A lookup that accepts every code: for analyses over a generated network without a store (benchmarks),
     * where the catalogue is not loaded and the codes come from the generator itself.
     */
    public static CodeLookup unchecked() {
        return new CodeLookup(null) {
            @Override
            public void requireTheme(String parameter, String code) {
            }

            @Override
            void require(String label, String parameter, String value) {
            }
        };
    }

    public void requireSector(String code) {
        require(Label.SECTOR, "sector", code);
    }

    public void requireCovenant(String code) {
        require(Label.COVENANT, "covenant", code);
    }

    /** As {@link #requireTheme(String, String)} for the parameter {@code theme}. */
    public void requireTheme(String code) {
        requireTheme("theme", code);
    }

    /**
     * Does nothing for null (no filter); throws {@link BadRequestException} naming {@code parameter} and the known
     * theme codes when {@code code} is not one of them.
     */
    public void requireTheme(String parameter, String code) {
        if (code == null) {
            return;
        }
        List<String> known = themeCodes();
        if (!known.contains(code)) {
            throw new BadRequestException(parameter, "unknown theme '" + code + "'; known theme codes: "
                    + String.join(", ", known));
        }
    }

    private List<String> themeCodes() {
        return List.copyOf(client.query("MATCH (t:%s) RETURN t.code AS code ORDER BY code".formatted(Label.RISK_THEME))
                .fetchAs(String.class).mappedBy((t, r) -> r.get("code").asString()).all());
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
