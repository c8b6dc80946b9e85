package dev.sfnappsynclint.report;

import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.rule.Severity;

/** The closing line of a human-readable report. */
final class Summary {

  private Summary() {}

  static String line(LintResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long notes = result.count(Severity.NOTE);
    long total = errors + warnings + notes;
    String files = plural(result.filesLinted(), "file");
    if (total == 0) {
      return "No problems found in " + files + ".";
    }
    return String.format(java.util.Locale.ROOT, "Found %s (%s, %s, %s) in %s.",
        plural(total, "problem"), plural(errors, "error"), plural(warnings, "warning"),
        plural(notes, "note"), files);
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
