package nl.ketenlens.cli;

/** Output formats of the analysis commands. */
public enum Format {
    TABLE, JSON, CSV
}
