/**
 * The {@code dossier} command line: picocli commands, option mixins, rendering and exit codes; no
 * Lucene here.
 */
package dev.dossier.cli;
