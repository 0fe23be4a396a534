package dev.dossier.search;

/**
 * A name pair the index has learnt from aligned passages of its bilingual documents.
 *
 * @param russian the Russian name, as the texts most often write it
 * @param other the name in the other language
 * @param language the other language (ISO 639-1)
 * @param documents how many documents translate the one as the other
 * @param refused whether index-config/name-variants.txt keeps the two apart ({@code a != b}), so
 *     searches do not use it
 */
public record LearntName(
    String russian, String other, String language, int documents, boolean refused) {}
