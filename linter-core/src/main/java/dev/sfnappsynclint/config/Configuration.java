package dev.sfnappsynclint.config;

import dev.sfnappsynclint.appsync.AppSyncAuthSetting;
import dev.sfnappsynclint.appsync.AppSyncSettings;
import dev.sfnappsynclint.discovery.PathGlob;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.asl.WorkflowTypeAssignment;
import dev.sfnappsynclint.asl.WorkflowTypes;
import dev.sfnappsynclint.rule.RuleSettings;
import dev.sfnappsynclint.suppression.IgnoreEntry;
import dev.sfnappsynclint.tree.TreeLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A loaded {@code .sfn-appsync-lint.yml}. Globs in it are relative to its folder.
 *
 * @param file the file it came from; empty for "no configuration"
 */
public record Configuration(
    Optional<Path> file,
    RuleSettings rules,
    List<PathGlob> includes,
    List<PathGlob> excludes,
    List<WorkflowTypeAssignment> workflowTypes,
    List<AppSyncAuthSetting> appsync,
    OptionalLong maxFileBytes,
    OptionalInt maxDepth,
    List<IgnoreEntry> ignores) {

  public static final Configuration NONE = new Configuration(Optional.empty(),
      RuleSettings.DEFAULTS, List.of(), List.of(), List.of(), List.of(), OptionalLong.empty(),
      OptionalInt.empty(), List.of());

  public Configuration {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    workflowTypes = List.copyOf(workflowTypes);
    appsync = List.copyOf(appsync);
    ignores = List.copyOf(ignores);
  }

  /**
   * Puts this configuration into a request. Front ends call this first and then apply their own
   * flags, which win: {@code --enable}, {@code --disable} and {@code --severity} on top of
   * {@link #rules()}.
   */
  public LintRequest.Builder applyTo(LintRequest.Builder builder) {
    builder.ruleSettings(rules)
        .includeGlobs(includes)
        .excludeGlobs(excludes)
        .setting(WorkflowTypes.class, WorkflowTypes.DEFAULT, t -> t.withAssignments(workflowTypes))
        .setting(AppSyncSettings.class, AppSyncSettings.DEFAULT, a -> a.withAssignments(appsync))
        .ignores(ignores);
    maxFileBytes.ifPresent(builder::maxFileBytes);
    maxDepth.ifPresent(depth -> builder.treeLimits(new TreeLimits(depth,
        TreeLimits.DEFAULT.maxNodes(), TreeLimits.DEFAULT.maxYamlAliases())));
    return builder;
  }
}
