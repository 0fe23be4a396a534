package dev.dossier.model;

/** A file that was not indexed, and why. */
public record Rejection(String path, String reason) {}
