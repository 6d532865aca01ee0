package nl.ketenlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketenlens.risk.Certifications;

/**
 * The optional columns of issue 11 "what real chains carry" (ADR 0017): annual volumes on links, throughput and
 * certifications on facilities, and the rows of the {@code financing} kind. Parsing only; kept apart from the
 * formats so that each format gains one line.
 */
final class Carried {
    /** Units a volume or throughput may be given in: mass (kg, tonnes) or money (EUR). */
    static final List<String> UNITS = List.of("kg", "t", "EUR");

    private Carried() {
    }

    /** A link's annual volume; both null when the cells are empty (which clears a volume the graph has). */
    record Volume(Double amount, String unit) {
    }

    /**
     * A facility's optional facts; {@code throughputColumns} / {@code certificationsColumn} say whether the file has
     * those columns at all (a file without them leaves the graph's values alone).
     */
    record FacilityFacts(Double throughput, String unit, List<String> certifications, boolean throughputColumns,
                         boolean certificationsColumn) {
    }

    /** One financing row: financial institution → company, amount in EUR or null. */
    record Financing(String financierId, String companyId, Double amount, boolean synthetic) {
    }

    /** {@code annual_volume} and {@code volume_unit} of a links row, or null when the file has neither column. */
    static Volume volume(RowReader in) {
        if (!in.has("annual_volume") && !in.has("volume_unit")) {
            return null;
        }
        Double amount = nonNegative(in, "annual_volume");
        String unit = unit(in, "volume_unit");
        pair(in, amount, unit, "annual_volume", "volume_unit", "volume");
        return new Volume(amount, unit);
    }

    /** {@code annual_throughput}, {@code throughput_unit} and {@code certifications} of a facilities row, or null. */
    static FacilityFacts facts(RowReader in) {
        boolean throughputColumns = in.has("annual_throughput") || in.has("throughput_unit");
        boolean certificationsColumn = in.has("certifications");
        if (!throughputColumns && !certificationsColumn) {
            return null;
        }
        Double throughput = nonNegative(in, "annual_throughput");
        String unit = unit(in, "throughput_unit");
        pair(in, throughput, unit, "annual_throughput", "throughput_unit", "throughput");
        List<String> certifications = new ArrayList<>();
        for (String c : in.list("certifications", ";|")) {
            if (!certifications.contains(c)) {
                certifications.add(c);
            }
            if (Certifications.scheme(c).isEmpty()) {
                in.note("certifications: '" + c + "' is not a scheme Ketenlens knows (" + Certifications.knownNames()
                        + "); it is shown but does not lower any likelihood");
            }
        }
        return new FacilityFacts(throughput, unit, List.copyOf(certifications), throughputColumns, certificationsColumn);
    }

    /** A decimal of 0 or more (decimal comma accepted), or null when empty. */
    static Double nonNegative(RowReader in, String column) {
        String v = in.optional(column);
        if (v == null) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            in.error(column, "'" + v + "' is not a number");
            return null;
        }
        if (!Double.isFinite(value)) {
            in.error(column, "'" + v + "' is not a finite number");
            return null;
        }
        if (value < 0) {
            in.error(column, "'" + v + "' is negative: " + (column.contains("throughput") ? "an annual throughput"
                    : column.equals("amount") ? "an amount" : "an annual volume") + " is 0 or more");
            return null;
        }
        return value;
    }

    /** {@code kg}, {@code t} or {@code EUR} (any case), canonical spelling, or null when empty. */
    static String unit(RowReader in, String column) {
        String v = in.optional(column);
        if (v == null) {
            return null;
        }
        for (String u : UNITS) {
            if (u.equalsIgnoreCase(v)) {
                return u;
            }
        }
        in.error(column, "'" + v + "' is not a unit Ketenlens knows: use kg, t (tonnes) or EUR");
        return null;
    }

    private static void pair(RowReader in, Double amount, String unit, String amountColumn, String unitColumn,
                             String what) {
        if (amount != null && unit == null && in.optional(unitColumn) == null) {
            in.error(unitColumn, "missing value: a " + what + " needs its unit (kg, t or EUR)");
        }
        if (amount == null && unit != null && in.optional(amountColumn) == null) {
            in.error(amountColumn, "missing value: " + unitColumn + " is given without a " + what);
        }
    }

    /** Lower-case unit for messages. */
    static String lower(String unit) {
        return unit == null ? null : unit.toLowerCase(Locale.ROOT);
    }
}
