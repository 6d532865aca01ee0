/** Ketenlens: the application class that starts the command line (serve by default). Package map: docs/architecture.md. */
package nl.ketenlens;
