package dev.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * One matching document.
 *
 * @param date the date at its precision, empty when undated
 * @param highlights snippets by text language (ISO 639-1 code), the original's language first
 */
public record SearchHit(
    String id, float score, String title, String date, Map<String, List<Snippet>> highlights) {}
