package dev.sfnappsynclint.report;

import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.rule.Severity;

/** The counts of a run, as every human-readable report and front end says them. */
public final class Summary {

  private Summary() {}

  /** The closing line of a report: "Found 3 problems (1 error, 2 warnings, 0 notes) in 2 files." */
  public static String line(LintResult result) {
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

  /** "1 error(s), 0 warning(s), 0 note(s) in 2 file(s)", the form build logs use. */
  public static String counts(LintResult result) {
    return String.format(java.util.Locale.ROOT, "%d error(s), %d warning(s), %d note(s) in %d "
        + "file(s)", result.count(Severity.ERROR), result.count(Severity.WARNING),
        result.count(Severity.NOTE), result.filesLinted());
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
