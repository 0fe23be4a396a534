/**
 * The records every stage of the pipeline shares: the archive document as read, its partial date,
 * its metadata kinds and the reasons a record is rejected. Imports nothing of Dossier's.
 */
package dev.dossier.model;
