/**
 * Sector briefing: the document an IMVO-steunpunt advisor hands to a covenant or sector. Data first — one
 * {@link nl.ketenlens.briefing.Briefing} record built from aggregate figures only, counts below k suppressed —
 * then renderers (HTML, PDF, Markdown, JSON) that can only show what the record holds.
 */
package nl.ketenlens.briefing;
