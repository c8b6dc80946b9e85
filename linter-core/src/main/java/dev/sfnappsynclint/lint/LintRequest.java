package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.baseline.Baseline;
import dev.sfnappsynclint.discovery.PathGlob;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleSettings;
import dev.sfnappsynclint.suppression.IgnoreEntry;
import dev.sfnappsynclint.tree.TreeLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Everything a front end tells the linter: what to lint and how. Each front end (CLI, Maven
 * plugin, GitHub Action) turns its own inputs into one of these, usually through
 * {@link dev.sfnappsynclint.config.Configuration#applyTo}.
 *
 * @param settings what each language's extractors and rules read, by type (the ASL workflow
 *     types, the AppSync auth configuration); the engine does not look at them
 * @param ruleFilter narrows the rules that run further (tests run one rule at a time)
 */
public record LintRequest(
    List<Path> paths,
    Path workingDirectory,
    List<PathGlob> includes,
    List<PathGlob> excludes,
    Map<Class<?>, Object> settings,
    long maxFileBytes,
    TreeLimits treeLimits,
    RuleSettings ruleSettings,
    Predicate<RuleMetadata> ruleFilter,
    List<IgnoreEntry> ignores,
    Optional<Baseline> baseline,
    int threads) {

  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

  public LintRequest {
    paths = List.copyOf(paths);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    settings = Map.copyOf(settings);
    ignores = List.copyOf(ignores);
  }

  public static Builder builder(Path workingDirectory) {
    return new Builder(workingDirectory);
  }

  /** The rule runs in this request. Rules that cannot be disabled always run. */
  public boolean runs(RuleMetadata rule) {
    return !rule.canBeDisabled()
        || (ruleFilter.test(rule) && ruleSettings.isEnabled(rule));
  }

  /** A language's setting, when a front end or the configuration gave one. */
  public <T> Optional<T> setting(Class<T> type) {
    return Optional.ofNullable(type.cast(settings.get(type)));
  }

  /** Builds a request with the defaults a user would expect. */
  public static final class Builder {
    private final Path workingDirectory;
    private final List<Path> paths = new ArrayList<>();
    private final List<PathGlob> includes = new ArrayList<>();
    private final List<PathGlob> excludes = new ArrayList<>();
    private final Map<Class<?>, Object> settings = new HashMap<>();
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private TreeLimits treeLimits = TreeLimits.DEFAULT;
    private RuleSettings ruleSettings = RuleSettings.DEFAULTS;
    private Predicate<RuleMetadata> ruleFilter = rule -> true;
    private final List<IgnoreEntry> ignores = new ArrayList<>();
    private Baseline baseline;
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

    /** Globs relative to the working directory. */
    public Builder includes(List<String> value) {
      value.stream().map(PathGlob::new).forEach(includes::add);
      return this;
    }

    /** Globs relative to the working directory. */
    public Builder excludes(List<String> value) {
      value.stream().map(PathGlob::new).forEach(excludes::add);
      return this;
    }

    public Builder includeGlobs(List<PathGlob> value) {
      includes.addAll(value);
      return this;
    }

    public Builder excludeGlobs(List<PathGlob> value) {
      excludes.addAll(value);
      return this;
    }

    public Path workingDirectory() {
      return workingDirectory;
    }

    public <T> Builder setting(Class<T> type, T value) {
      settings.put(type, type.cast(value));
      return this;
    }

    /** Changes a language's setting, starting from {@code initial} when none is set yet. */
    public <T> Builder setting(Class<T> type, T initial, UnaryOperator<T> change) {
      T current = type.cast(settings.getOrDefault(type, initial));
      return setting(type, change.apply(current));
    }

    public Builder maxFileBytes(long value) {
      maxFileBytes = value;
      return this;
    }

    public Builder treeLimits(TreeLimits value) {
      treeLimits = value;
      return this;
    }

    public RuleSettings ruleSettings() {
      return ruleSettings;
    }

    public Builder ruleSettings(RuleSettings value) {
      ruleSettings = value;
      return this;
    }

    /** Only rules the filter accepts run (those that cannot be disabled always do). */
    public Builder ruleFilter(Predicate<RuleMetadata> value) {
      ruleFilter = value;
      return this;
    }

    public Builder ignores(List<IgnoreEntry> value) {
      ignores.addAll(value);
      return this;
    }

    public Builder baseline(Baseline value) {
      baseline = value;
      return this;
    }

    public Builder threads(int value) {
      threads = Math.max(1, value);
      return this;
    }

    public LintRequest build() {
      return new LintRequest(paths, workingDirectory, includes, excludes, settings,
          maxFileBytes, treeLimits, ruleSettings, ruleFilter, ignores,
          Optional.ofNullable(baseline), threads);
    }
  }
}
