/**
 * The languages and scripts of texts: identifying a text's language, language names as archives
 * write them, letters by script (which {@code align} and {@code search} use too), and dividing a
 * body into original and translation. Uses nothing else of {@code ingest}.
 */
package dev.dossier.ingest.language;
