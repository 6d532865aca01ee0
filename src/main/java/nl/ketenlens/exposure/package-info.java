/**
 * Company exposure: which risks sit behind a company's suppliers, tier by tier, through which paths, how severe
 * and how likely, and what to do first (OECD prioritisation), with blind spots, what-if and sector context.
 * {@link nl.ketenlens.exposure.ExposureAnalyzer} is framework-free; {@link nl.ketenlens.exposure.ExposureService}
 * wires it to the current graph. Definitions: {@code docs/exposure.md}.
 */
package nl.ketenlens.exposure;
