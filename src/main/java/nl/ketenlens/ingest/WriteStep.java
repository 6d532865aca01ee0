package nl.ketenlens.ingest;

import org.neo4j.driver.SimpleQueryRunner;

import java.util.List;

/**
 * One entity type's part of an import: {@link #plan} reads the graph state of the rows (one
 * {@code UNWIND} query per batch), decides created / updated / unchanged and may reject rows
 * (entity resolution); {@link #write} then writes only what changed. Both run in the import's
 * single transaction.
 */
interface WriteStep {

    void plan(SimpleQueryRunner tx, List<ParsedRow> rows, List<String> warnings);

    void write(SimpleQueryRunner tx);

    /** Created plus updated entities planned. */
    int changes();
}
