package dev.sfnappsynclint.source;

/**
 * Replace a range of a file's text: an insertion when the range is empty, a deletion when the
 * replacement is.
 *
 * @param path the file, relative to the working directory, with forward slashes
 */
public record TextEdit(String path, TextRange range, String replacement) {}
