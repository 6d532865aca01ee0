/**
 * Output formats and renderers shared by the CLI, the REST API and documents: one {@link nl.ketenlens.output.Format},
 * one {@link nl.ketenlens.output.Renderer} contract. Imports no feature package.
 */
package nl.ketenlens.output;
