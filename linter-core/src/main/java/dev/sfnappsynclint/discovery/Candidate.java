package dev.sfnappsynclint.discovery;

import java.nio.file.Path;

/**
 * A file that may hold something to lint.
 *
 * @param displayPath relative to the working directory, with forward slashes
 * @param givenByUser the user named this file itself rather than a folder holding it
 */
public record Candidate(Path path, String displayPath, boolean givenByUser) {}
