package dev.sfnappsynclint.discovery;

import java.nio.file.Path;

/**
 * A file that may hold something to lint.
 *
 * @param displayPath relative to the working directory, with forward slashes
 * @param givenByUser the user named this file itself rather than a folder holding it
 */
public record Candidate(Path path, String displayPath, boolean givenByUser) {

  /** Its name says it is a state machine: {@code *.asl.json}, {@code *.asl.yaml}, {@code *.asl.yml}, {@code *.asl}. */
  public boolean hasAslName() {
    return FileDiscovery.isAslName(path);
  }

  /**
   * A file we must lint even when it does not parse; an arbitrary {@code package.json} that
   * does not parse is simply not ours.
   */
  public boolean mustParse() {
    return givenByUser || hasAslName() || hasTemplateName();
  }

  /** {@code template.yaml} (SAM's default) or {@code *.template.json} (CDK's output). */
  public boolean hasTemplateName() {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.matches("template\\.(ya?ml|json)") || name.matches(".+\\.template\\.(ya?ml|json)");
  }
}
