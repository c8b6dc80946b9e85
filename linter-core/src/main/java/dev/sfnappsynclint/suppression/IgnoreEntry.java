package dev.sfnappsynclint.suppression;

import dev.sfnappsynclint.discovery.PathGlob;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.source.Location;
import java.util.Set;

/**
 * An {@code ignore} entry of the configuration: findings of some rules in files matching a
 * glob, optionally only at and below an anchor (a JSON Pointer, or a schema coordinate). The
 * way to suppress findings in ASL JSON without touching the file.
 *
 * @param ruleIds empty means every rule
 * @param anchor empty means the whole file
 */
public record IgnoreEntry(PathGlob files, String anchor, Set<String> ruleIds, String reason) {

  public boolean matches(Finding finding) {
    return files.matches(finding.path())
        && (ruleIds.isEmpty() || ruleIds.contains(finding.ruleId()))
        && Location.covers(anchor, finding.anchor());
  }
}
