/**
 * Dossier's Solr plugin, loaded by Solr from {@code sharedLib}, never by the CLI: the field types
 * Solr lacks, and a query parser that builds on each shard the queries the CLI builds ({@link
 * dev.dossier.search.QueryPlanner}).
 */
package dev.dossier.solr;
