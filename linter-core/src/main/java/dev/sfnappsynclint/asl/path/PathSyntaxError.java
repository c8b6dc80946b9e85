package dev.sfnappsynclint.asl.path;

/**
 * Why a text is not a path, and where: {@code start} and {@code end} are offsets in the text
 * (end exclusive, never beyond its length).
 */
public record PathSyntaxError(String message, int start, int end) {}
