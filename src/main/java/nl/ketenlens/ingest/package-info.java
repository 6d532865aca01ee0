/**
 * Import of supply-chain files (Ketenlens CSV, Open Supply Hub, RMI CMRT/EMRT) into the graph:
 * parse, validate, resolve entities, diff against the graph and write atomically in batches.
 * Entry point: {@link nl.ketenlens.ingest.ImportService}.
 */
package nl.ketenlens.ingest;
