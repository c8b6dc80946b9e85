package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.asl.WorkflowTypeSetting;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.tree.TreeLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything a front end tells the linter: what to lint and how. Each front end (CLI, Maven
 * plugin, GitHub Action) turns its own inputs into one of these.
 */
public record LintRequest(
    List<Path> paths,
    Path workingDirectory,
    List<String> includes,
    List<String> excludes,
    WorkflowTypeSetting workflowType,
    long maxFileBytes,
    TreeLimits treeLimits,
    Predicate<RuleMetadata> ruleFilter,
    int threads) {

  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

  public LintRequest {
    paths = List.copyOf(paths);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  public static Builder builder(Path workingDirectory) {
    return new Builder(workingDirectory);
  }

  /** Builds a request with the defaults a user would expect. */
  public static final class Builder {
    private final Path workingDirectory;
    private final List<Path> paths = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private WorkflowTypeSetting workflowType = WorkflowTypeSetting.DEFAULT;
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private TreeLimits treeLimits = TreeLimits.DEFAULT;
    private Predicate<RuleMetadata> ruleFilter = rule -> true;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder(Path workingDirectory) {
      this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public Builder paths(List<Path> value) {
      paths.addAll(value);
      return this;
    }

    public Builder path(Path value) {
      paths.add(value);
      return this;
    }

    public Builder includes(List<String> value) {
      includes.addAll(value);
      return this;
    }

    public Builder excludes(List<String> value) {
      excludes.addAll(value);
      return this;
    }

    public Builder workflowType(WorkflowTypeSetting value) {
      workflowType = value;
      return this;
    }

    public Builder maxFileBytes(long value) {
      maxFileBytes = value;
      return this;
    }

    public Builder treeLimits(TreeLimits value) {
      treeLimits = value;
      return this;
    }

    /** Only rules the filter accepts run (the engine's own ASL000 is always reported). */
    public Builder ruleFilter(Predicate<RuleMetadata> value) {
      ruleFilter = value;
      return this;
    }

    public Builder threads(int value) {
      threads = Math.max(1, value);
      return this;
    }

    public LintRequest build() {
      return new LintRequest(paths, workingDirectory, includes, excludes, workflowType,
          maxFileBytes, treeLimits, ruleFilter, threads);
    }
  }
}
