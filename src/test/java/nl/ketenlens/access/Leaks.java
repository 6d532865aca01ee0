package nl.ketenlens.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a response discloses that it should not: company ids and names it mentions anywhere (fields, sentences),
 * identity fields it carries, and company counts shown exactly although below k. Used on whole JSON bodies, so a
 * field added later is scanned too.
 */
final class Leaks {

    /** Fields that list companies; a non-admin sector view must not carry them at all. */
    static final Set<String> IDENTITY_FIELDS = Set.of("companyIds", "exposedCompanyIds", "blockingCompanyIds",
            "ungroupedIds", "memberIds");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Leaks() {
    }

    /** The ids and names (of at least 5 characters) of {@code companies} that occur in {@code body} as words. */
    static List<String> mentioned(String body, Map<String, String> companies) {
        List<String> found = new ArrayList<>();
        companies.forEach((id, name) -> {
            if (word(id).matcher(body).find()) {
                found.add(id);
            }
            if (name != null && name.length() >= 5 && word(name).matcher(body).find()) {
                found.add(name);
            }
        });
        return found;
    }

    /** Company counts ({@code {value, suppressed, text}}) shown exactly with 0 < value < k, as "path: value". */
    static List<String> smallCounts(String body, int k) throws Exception {
        List<String> found = new ArrayList<>();
        walk(JSON.readTree(body), "$", (path, node) -> {
            if (node.isObject() && node.has("suppressed") && node.has("text") && node.has("value")
                    && !node.get("suppressed").asBoolean()) {
                int v = node.get("value").asInt();
                if (v > 0 && v < k) {
                    found.add(path + ": " + v);
                }
            }
        });
        return found;
    }

    /** Paths of identity fields present in the body (null fields are left out of the JSON, so present = shown). */
    static List<String> identityFields(String body) throws Exception {
        List<String> found = new ArrayList<>();
        walk(JSON.readTree(body), "$", (path, node) -> {
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(f -> {
                    if (IDENTITY_FIELDS.contains(f)) {
                        found.add(path + "." + f);
                    }
                });
            }
        });
        return found;
    }

    /** Every company count object in the body. */
    static List<JsonNode> counts(String body) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        walk(JSON.readTree(body), "$", (path, node) -> {
            if (node.isObject() && node.has("suppressed") && node.has("text")) {
                found.add(node);
            }
        });
        return found;
    }

    static JsonNode tree(String body) throws Exception {
        return JSON.readTree(body);
    }

    static boolean containsAny(String body, Collection<String> ids) {
        return ids.stream().anyMatch(id -> word(id).matcher(body).find());
    }

    private static Pattern word(String text) {
        return Pattern.compile("(?<![\\p{Alnum}_-])" + Pattern.quote(text) + "(?![\\p{Alnum}_])");
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        visitor.visit(path, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path + "." + e.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
