package nl.ketenlens.ingest;

import java.util.List;

/** One CSV format: its columns and how a record becomes shared row records. */
interface CsvFormat {

    List<String> required();

    List<String> optional();

    /** Whether columns outside {@link #required()} and {@link #optional()} deserve a warning. */
    default boolean warnOnExtraColumns() {
        return true;
    }

    /** Fills {@code row} from {@code in}; problems go to {@code in.error(...)}. */
    void parse(RowReader in, ParsedRow row, ReferenceLookup refs, ImportOptions options);
}
