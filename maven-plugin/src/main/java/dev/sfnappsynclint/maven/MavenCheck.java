package dev.sfnappsynclint.maven;

import dev.sfnappsynclint.appsync.AppSyncSettings;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.asl.WorkflowTypeSetting;
import dev.sfnappsynclint.asl.WorkflowTypes;
import dev.sfnappsynclint.baseline.Baseline;
import dev.sfnappsynclint.config.Configuration;
import dev.sfnappsynclint.config.ConfigurationException;
import dev.sfnappsynclint.config.ConfigurationLoader;
import dev.sfnappsynclint.discovery.PathGlob;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.frontend.ExitStatus;
import dev.sfnappsynclint.frontend.FailOn;
import dev.sfnappsynclint.frontend.OutputTargets;
import dev.sfnappsynclint.frontend.UsageException;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.report.ToolInfo;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.report.ReportContext;
import dev.sfnappsynclint.report.ReportFormat;
import dev.sfnappsynclint.report.Summary;
import dev.sfnappsynclint.report.TerminalText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code sfn-appsync-lint:check} does, without Maven types so that it can be tested as it
 * is: turn the parameters into a {@link LintRequest}, run the same {@link Linter} as the CLI,
 * write the report file, print findings, and decide the outcome.
 */
final class MavenCheck {

  /** How the goal ends. */
  sealed interface Outcome {
    /** Nothing above the threshold (or not asked to fail). */
    record Passed(String summary) implements Outcome {}

    /** Too many findings: {@code MojoFailureException}. */
    record Failed(String message) implements Outcome {}

    /** Configuration, input or output problem: {@code MojoExecutionException}. */
    record Broken(String message) implements Outcome {}
  }

  private final Linter linter;

  MavenCheck(Linter linter) {
    this.linter = linter;
  }

  Outcome run(CheckSettings settings, BuildLog log) {
    FailOn failOn;
    ReportFormat format;
    try {
      failOn = FailOn.parse(settings.failOn(), "failOn");
      format = ReportFormat.parse(settings.outputFormat()).orElseThrow(() ->
          new UsageException("outputFormat must be one of " + ReportFormat.choices()
              + "; got '" + settings.outputFormat() + "'"));
    } catch (UsageException e) {
      return new Outcome.Broken(e.getMessage());
    }
    LintRequest request;
    try {
      request = request(settings);
    } catch (ConfigurationException | Baseline.BaselineException | IllegalArgumentException e) {
      return new Outcome.Broken(e.getMessage());
    }
    LintResult result = linter.lint(request);

    Path root = settings.executionRoot();
    ReportContext context = ReportContext.plain(ToolInfo.CURRENT, linter.registry().metadata(),
        root);
    try {
      // The report never replaces a file the build lints, its configuration or its baseline.
      Map<Path, String> inputs = new LinkedHashMap<>(
          OutputTargets.linted(root, result.lintedPaths()));
      if (settings.configFile() != null) {
        inputs.put(settings.configFile(), "the configuration");
      }
      if (settings.baselineFile() != null) {
        inputs.put(settings.baselineFile(), "the baseline");
      }
      OutputTargets.check(List.of(new OutputTargets.Output(settings.outputFile(),
          "outputFile " + display(root, settings.outputFile()))), inputs);
    } catch (UsageException e) {
      return new Outcome.Broken(e.getMessage());
    }
    try {
      context.reporter(format).writeTo(result, settings.outputFile());
    } catch (IOException e) {
      return new Outcome.Broken("Cannot write " + settings.outputFile() + ": " + e.getMessage());
    }

    if (settings.consoleOutput()) {
      for (Finding finding : result.findings()) {
        String line = TerminalText.escape(finding.path() + ":" + finding.range().start().line() + ":"
            + finding.range().start().column() + ": " + finding.ruleId() + " "
            + finding.ruleName() + ": " + finding.message());
        switch (finding.severity()) {
          case ERROR -> log.error(line);
          case WARNING -> log.warn(line);
          case NOTE -> log.info(line);
        }
      }
    }
    for (ToolNotification notification : result.notifications()) {
      if (notification.level() == ToolNotification.Level.ERROR) {
        log.error(TerminalText.escape(notification.toString()));
      } else {
        log.warn(TerminalText.escape(notification.toString()));
      }
    }
    String summary = "sfn-appsync-lint: " + Summary.counts(result) + ".";
    log.info(summary + " Report: " + display(root, settings.outputFile()) + " ("
        + format.label() + ").");

    ExitStatus status = ExitStatus.of(result, settings.failOnViolation() ? failOn : FailOn.NONE,
        settings.maxAllowedViolations());
    if (status == ExitStatus.BROKEN) {
      return new Outcome.Broken("sfn-appsync-lint could not lint everything: "
          + result.notifications().stream()
              .filter(n -> n.level() == ToolNotification.Level.ERROR)
              .map(ToolNotification::toString).findFirst().orElse(""));
    }
    if (status == ExitStatus.FAILED) {
      long violations = failOn.count(result);
      return new Outcome.Failed(violations + " finding" + (violations == 1 ? "" : "s")
          + " at or above " + failOn.label() + " (at most "
          + settings.maxAllowedViolations() + " allowed). See the findings above and "
          + display(root, settings.outputFile()) + ".");
    }
    return new Outcome.Passed(summary);
  }

  private LintRequest request(CheckSettings settings)
      throws ConfigurationException, Baseline.BaselineException {
    Path root = settings.executionRoot();
    Configuration configuration = new ConfigurationLoader(linter.registry()).resolve(
        Optional.ofNullable(settings.configFile()), false, settings.baseDirectory(), root);
    List<Path> directories = settings.sourceDirectories().isEmpty()
        ? List.of(settings.baseDirectory()) : settings.sourceDirectories();
    // No includes: the CLI's discovery (state machines by name or content, every template),
    // so that the plugin finds what the CLI finds.
    List<String> includes = settings.includes();
    List<PathGlob> includeGlobs = new ArrayList<>();
    List<PathGlob> excludeGlobs = new ArrayList<>();
    for (Path directory : directories) {
      for (String include : includes) {
        includeGlobs.add(PathGlob.relativeTo(include, directory, root));
      }
      for (String exclude : settings.excludes()) {
        excludeGlobs.add(PathGlob.relativeTo(exclude, directory, root));
      }
    }
    for (String child : settings.childModules()) {
      excludeGlobs.add(PathGlob.relativeTo(child.replace('\\', '/') + "/**",
          settings.baseDirectory(), root));
    }
    LintRequest.Builder builder = configuration.applyTo(LintRequest.builder(root))
        .paths(directories)
        .includeGlobs(includeGlobs)
        .excludeGlobs(excludeGlobs)
        // The plugin names its folders itself: a module with no state machine, or a parent
        // whose files all belong to its child modules, is neither an error nor a warning.
        .setting(Linter.NamedPaths.class, Linter.NamedPaths.FRONT_END);
    if (settings.workflowType() != null && !settings.workflowType().isBlank()) {
      WorkflowType type = WorkflowType.parse(settings.workflowType()).orElseThrow(() ->
          new IllegalArgumentException("workflowType must be standard or express; got '"
              + settings.workflowType() + "'"));
      builder.setting(WorkflowTypes.class, WorkflowTypes.DEFAULT,
          t -> t.withFallback(new WorkflowTypeSetting(type, "the workflowType parameter")));
    }
    appSyncAuth(settings).ifPresent(auth -> builder.setting(AppSyncSettings.class,
        AppSyncSettings.DEFAULT, a -> a.withFallback(auth)));
    if (settings.baselineFile() != null) {
      builder.baseline(Baseline.read(settings.baselineFile(), root));
    }
    return builder.build();
  }

  /** The appsyncDefaultAuth and appsyncAdditionalAuth parameters, as the CLI's flags. */
  static Optional<AuthConfiguration> appSyncAuth(CheckSettings settings) {
    String written = settings.appsyncDefaultAuth();
    if (written == null || written.isBlank()) {
      if (!settings.appsyncAdditionalAuth().isEmpty()) {
        throw new IllegalArgumentException("appsyncAdditionalAuth needs appsyncDefaultAuth: an "
            + "API's additional modes come with its default mode");
      }
      return Optional.empty();
    }
    AuthMode defaultMode = mode("appsyncDefaultAuth", written);
    List<AuthMode> additional = new ArrayList<>();
    for (String mode : settings.appsyncAdditionalAuth()) {
      additional.add(mode("appsyncAdditionalAuth", mode));
    }
    return Optional.of(new AuthConfiguration(defaultMode, additional,
        "the appsyncDefaultAuth parameter"));
  }

  private static AuthMode mode(String parameter, String written) {
    return AuthMode.parse(written).orElseThrow(() -> new IllegalArgumentException(parameter
        + " must be API_KEY, AWS_IAM, AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT or AWS_LAMBDA; "
        + "got '" + written + "'"));
  }

  private static String display(Path root, Path file) {
    try {
      return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
          .toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }
}
