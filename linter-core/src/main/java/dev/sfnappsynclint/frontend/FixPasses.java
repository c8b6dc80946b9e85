package dev.sfnappsynclint.frontend;

import dev.sfnappsynclint.edit.FixApplier;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.finding.ToolNotification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code --fix} for every front end, as ESLint does it: lint, apply the suggested fixes of the
 * reported findings, lint again, and repeat while fixes were applied (fixes held back because
 * they overlapped another get their turn on the file as it is then), at most
 * {@link #MAX_PASSES} times. What the last lint reports is what is left.
 */
public final class FixPasses {

  public static final int MAX_PASSES = 10;

  private FixPasses() {}

  /**
   * @param result what is left: the last lint, with any file that could not be fixed among its
   *     notifications (tool errors)
   * @param applied fixes applied over all passes
   * @param files the files changed, sorted
   */
  public record Outcome(LintResult result, int applied, Set<String> files) {

    public Outcome {
      files = Set.copyOf(new TreeSet<>(files));
    }

    /** "applied 3 fixes to 2 files", for front ends to show. */
    public String describe() {
      if (applied == 0) {
        return "applied no fixes";
      }
      return "applied " + applied + (applied == 1 ? " fix" : " fixes") + " to " + files.size()
          + (files.size() == 1 ? " file" : " files");
    }
  }

  /**
   * @param workingDirectory what the findings' paths are relative to
   * @param lint one lint run, returning the findings the front end reports (after its own
   *     filters, such as {@code --quiet}): only those are fixed
   */
  public static Outcome run(Path workingDirectory, Supplier<LintResult> lint) {
    FixApplier applier = new FixApplier(workingDirectory);
    LintResult result = lint.get();
    int applied = 0;
    Set<String> files = new TreeSet<>();
    // A file that cannot be written fails again on the next pass: say so once.
    Set<ToolNotification> problems = new LinkedHashSet<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      FixApplier.Result fixed = applier.apply(result.findings());
      problems.addAll(fixed.problems());
      if (fixed.applied() == 0) {
        break;
      }
      applied += fixed.applied();
      files.addAll(fixed.files());
      result = lint.get();
    }
    if (!problems.isEmpty()) {
      List<ToolNotification> notifications = new ArrayList<>(result.notifications());
      notifications.addAll(problems);
      result = new LintResult(result.findings(), result.suppressed(), notifications,
          result.lintedPaths(), result.rules());
    }
    return new Outcome(result, applied, files);
  }
}
