/**
 * Aligning an original with its translation into parallel passages (Gale–Church with cross-language
 * anchors).
 */
package dev.dossier.align;
