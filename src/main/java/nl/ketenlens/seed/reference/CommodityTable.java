package nl.ketenlens.seed.reference;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * commodities.csv, validated: snake_case codes, each once; upstream and parent codes exist; parents form no cycle;
 * main producers are ISO codes; every ILAB good name (compared after NFC normalisation) belongs to one code only.
 */
final class CommodityTable {
    private final Map<String, CommodityRow> byCode = new LinkedHashMap<>();
    private final Map<String, String> codeByGood = new HashMap<>();

    CommodityTable(List<CsvRow> rows, CountryNames countries) {
        for (CsvRow row : rows) {
            CommodityRow commodity = commodity(row, countries);
            if (byCode.put(commodity.code(), commodity) != null) {
                throw row.error(commodity.code(), "commodity code appears twice");
            }
            for (String good : commodity.ilabGoods()) {
                String previous = codeByGood.put(nfc(good), commodity.code());
                if (previous != null) {
                    throw row.error(good, "ILAB good already maps to '" + previous + "'");
                }
            }
        }
        for (CsvRow row : rows) {
            for (String upstream : row.list("upstream")) {
                if (!byCode.containsKey(upstream)) {
                    throw row.error(upstream, "upstream commodity code does not exist");
                }
            }
            String parent = row.optional("parent");
            if (parent != null && !byCode.containsKey(parent)) {
                throw row.error(parent, "parent commodity code does not exist");
            }
        }
        for (CsvRow row : rows) {
            String code = row.required("code");
            byCode.put(code, withAncestors(byCode.get(code), row));
        }
    }

    /** The row with its ancestors (parent first), rejecting a parent chain that comes back to the code. */
    private CommodityRow withAncestors(CommodityRow c, CsvRow row) {
        List<String> up = new java.util.ArrayList<>();
        for (String p = c.parent(); p != null; p = byCode.get(p).parent()) {
            if (p.equals(c.code()) || up.contains(p)) {
                throw row.error(c.parent(), "parent commodities form a cycle through '" + c.code() + "'");
            }
            up.add(p);
        }
        return new CommodityRow(c.code(), c.name(), c.hs(), c.category(), c.eudr(), c.upstream(), c.mainProducers(),
                c.ilabGoods(), c.parent(), up);
    }

    private static CommodityRow commodity(CsvRow row, CountryNames countries) {
        String code = row.required("code");
        if (!code.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
            throw row.error(code, "commodity code must be snake_case");
        }
        String hs = row.optional("hs");
        if (hs != null && !hs.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw row.error(hs, "HS code must have 2, 4 or 6 digits");
        }
        List<String> producers = row.list("main_producers");
        for (String iso2 : producers) {
            if (!countries.isIso2(iso2)) {
                throw row.error(iso2, "main producer is not an ISO alpha-2 code");
            }
        }
        return new CommodityRow(code, row.required("name"), hs, row.required("category"), row.flag("eudr"),
                row.list("upstream"), producers, row.list("ilab_goods").stream().map(CommodityTable::nfc).toList(),
                row.optional("parent"), List.of());
    }

    List<CommodityRow> rows() {
        return List.copyOf(byCode.values());
    }

    boolean exists(String code) {
        return byCode.containsKey(code);
    }

    /** The commodity code of an ILAB good name, compared after NFC normalisation. */
    Optional<String> codeForGood(String good) {
        return Optional.ofNullable(codeByGood.get(nfc(good)));
    }

    /** All codes reachable upstream from {@code code} (excluding {@code code} itself), nearest first. */
    Set<String> upstreamClosure(String code) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(byCode.get(code).upstream());
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            if (!next.equals(code) && seen.add(next)) {
                todo.addAll(byCode.get(next).upstream());
            }
        }
        return seen;
    }

    /** Codes flagged eudr, in file order. */
    List<String> eudrCodes() {
        return byCode.values().stream().filter(CommodityRow::eudr).map(CommodityRow::code).toList();
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }
}
