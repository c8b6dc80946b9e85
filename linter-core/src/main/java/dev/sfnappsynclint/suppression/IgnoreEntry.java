package dev.sfnappsynclint.suppression;

import dev.sfnappsynclint.discovery.PathGlob;
import dev.sfnappsynclint.lint.Finding;
import java.util.Set;

/**
 * An {@code ignore} entry of the configuration: findings of some rules in files matching a
 * glob, optionally only at and below a JSON Pointer. The way to suppress findings in ASL JSON
 * without touching the file.
 *
 * @param ruleIds empty means every rule
 * @param pointer empty means the whole file
 */
public record IgnoreEntry(PathGlob files, String pointer, Set<String> ruleIds, String reason) {

  public boolean matches(Finding finding) {
    return files.matches(finding.path())
        && (ruleIds.isEmpty() || ruleIds.contains(finding.ruleId()))
        && (pointer.isEmpty() || finding.pointer().equals(pointer)
            || finding.pointer().startsWith(pointer + "/"));
  }
}
