/**
 * The index configuration in {@code index-config/}: immutable records and the one loader that reads
 * them.
 */
package dev.dossier.config;
