package nl.ketenlens.seed.reference;

/** A risk theme ({@code :RiskTheme}), e.g. {@code child_labour}; the description is for documentation and UI. */
public record ThemeRow(String code, String name, String description) {
}
