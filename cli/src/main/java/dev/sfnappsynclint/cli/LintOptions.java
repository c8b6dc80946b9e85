package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.appsync.AppSyncSettings;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.report.TerminalText;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.asl.WorkflowTypeSetting;
import dev.sfnappsynclint.asl.WorkflowTypes;
import dev.sfnappsynclint.baseline.Baseline;
import dev.sfnappsynclint.config.Configuration;
import dev.sfnappsynclint.config.ConfigurationException;
import dev.sfnappsynclint.config.ConfigurationLoader;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.frontend.ExitStatus;
import dev.sfnappsynclint.frontend.FailOn;
import dev.sfnappsynclint.frontend.FixPasses;
import dev.sfnappsynclint.frontend.OutputTargets;
import dev.sfnappsynclint.frontend.RuleNames;
import dev.sfnappsynclint.frontend.UsageException;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.report.ToolInfo;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.report.ReportContext;
import dev.sfnappsynclint.report.ReportFormat;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleSettings;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of a lint run, shared by the bare command and {@code lint}. */
final class LintOptions {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders to lint (default: the current folder).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]",
      converter = FormatTarget.Converter.class,
      description = "Report format: text, json, sarif, github, junit, checkstyle or markdown "
          + "(default: text). Repeatable; FORMAT=FILE writes that format to FILE, e.g. "
          + "-f sarif=out.sarif -f text.")
  List<FormatTarget> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report (the format given without =FILE) to FILE instead of "
          + "standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit with 1 when a finding is at or above LEVEL: error, warning, note, "
          + "or none (default: error).")
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--workflow-type", paramLabel = "TYPE",
      description = "Lint state machines as standard or express workflows when neither the "
          + "template nor the configuration says (default: standard).")
  WorkflowType workflowType;

  @Option(names = "--appsync-default-auth", paramLabel = "MODE",
      description = "The default auth mode of the AppSync API of schemas that no template in the "
          + "linted folders deploys and the configuration does not cover: API_KEY, AWS_IAM, "
          + "AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT or AWS_LAMBDA.")
  AuthMode appsyncDefaultAuth;

  @Option(names = "--appsync-additional-auth", paramLabel = "MODE",
      description = "An additional auth mode of that API (repeatable; needs "
          + "--appsync-default-auth).")
  List<AuthMode> appsyncAdditionalAuth = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: .sfn-appsync-lint.yml in this folder or "
          + "the nearest folder above).")
  Path config;

  @Option(names = "--no-config", description = "Ignore configuration files.")
  boolean noConfig;

  @Option(names = "--enable", paramLabel = "RULE",
      description = "Turn a rule on (id or name; repeatable).")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE",
      description = "Turn a rule off (id or name; repeatable).")
  List<String> disable = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      description = "Report a rule at error, warning or note (repeatable).")
  List<String> severities = new ArrayList<>();

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Only lint files that match GLOB (repeatable). Patterns on the command "
          + "line are relative to the current folder; the configuration's to its folder.")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Skip files and folders that match GLOB (repeatable), e.g. 'legacy/**', "
          + "relative to the current folder. A path named on the command line that this "
          + "removes is an error (exit 2).")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Hide the findings recorded in FILE; only new findings are reported.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record the current findings in FILE (and exit 0 unless the tool failed).")
  Path writeBaseline;

  @Option(names = "--sarif-include-suppressed",
      description = "Include suppressed findings in SARIF, each with its suppression.")
  boolean sarifIncludeSuppressed;

  @Option(names = "--source-root", paramLabel = "DIR",
      description = "Folder SARIF URIs are relative to (default: the current folder; use the "
          + "repository root).")
  Path sourceRoot;

  @Option(names = "--source-link-base", paramLabel = "URL",
      description = "Where the files under the source root can be browsed, for links in the "
          + "markdown report (e.g. https://github.com/OWNER/REPO/blob/SHA).")
  String sourceLinkBase;

  @Option(names = "--color", paramLabel = "WHEN",
      description = "Colour text output: auto (on a terminal, unless NO_COLOR is set), always, "
          + "or never (default: auto).")
  ColorMode color = ColorMode.AUTO;

  @Option(names = "--fix",
      description = "Apply the suggested fixes of the reported findings to the files, then "
          + "lint again and report what is left; says how many fixes were applied.")
  boolean fix;

  @Option(names = {"-q", "--quiet"},
      description = "Report errors only: warnings and notes are not shown, but they still "
          + "count for --fail-on (--quiet --fail-on warning fails on a hidden warning, and says "
          + "so on standard error).")
  boolean quiet;

  private Optional<Path> configurationFile = Optional.empty();

  /** The last lint's result before {@code --quiet} dropped warnings and notes. */
  private LintResult unfiltered;

  int run(Path workingDirectory, Linter linter, CommandLine commandLine, Terminal terminal) {
    PrintWriter err = commandLine.getErr();
    LintRequest request;
    try {
      request = request(workingDirectory, linter);
    } catch (UsageException e) {
      err.println(TerminalText.escape("sfn-appsync-lint: error: " + e.getMessage()));
      return 2;
    }
    if (sourceRoot != null && !Files.isDirectory(workingDirectory.resolve(sourceRoot))) {
      err.println(TerminalText.escape("sfn-appsync-lint: error: --source-root " + sourceRoot
          + " is not a folder"));
      err.println("Try 'sfn-appsync-lint --help' for more information.");
      return 2;
    }
    List<FormatTarget> targets;
    try {
      targets = targets();
    } catch (UsageException e) {
      err.println(TerminalText.escape("sfn-appsync-lint: error: " + e.getMessage()));
      err.println("Try 'sfn-appsync-lint --help' for more information.");
      return 2;
    }

    LintResult result;
    if (fix) {
      FixPasses.Outcome fixed = FixPasses.run(workingDirectory, () -> lint(linter, request));
      result = fixed.result();
      err.println(TerminalText.escape("sfn-appsync-lint: " + fixed.describe()));
    } else {
      result = lint(linter, request);
    }
    try {
      OutputTargets.check(outputs(workingDirectory, targets), inputs(workingDirectory, result));
    } catch (UsageException e) {
      err.println(TerminalText.escape("sfn-appsync-lint: error: " + e.getMessage()));
      return 2;
    }
    for (ToolNotification notification : result.notifications()) {
      if (!quiet || notification.level() == ToolNotification.Level.ERROR) {
        err.println(TerminalText.escape("sfn-appsync-lint: " + notification.level().name().toLowerCase(Locale.ROOT)
            + ": " + notification));
      }
    }
    if (writeBaseline != null) {
      try {
        Baseline.of(result.findings()).write(workingDirectory.resolve(writeBaseline),
            workingDirectory);
        err.println(TerminalText.escape("sfn-appsync-lint: wrote " + result.findings().size()
            + " findings to the baseline " + writeBaseline));
      } catch (IOException e) {
        err.println(TerminalText.escape("sfn-appsync-lint: error: cannot write " + writeBaseline + ": "
            + e.getMessage()));
        return 2;
      }
    }
    warnAboutFilesOutsideTheSourceRoot(workingDirectory, targets, result, err);
    List<RuleMetadata> allRules = linter.registry().metadata();
    boolean toStdoutTerminal = terminal.interactive();
    boolean colored = switch (color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> terminal.interactive() && !terminal.noColorRequested();
    };
    for (FormatTarget target : targets) {
      boolean stdout = target.file() == null;
      ReportContext context = new ReportContext(ToolInfo.CURRENT, allRules, workingDirectory,
          sourceRoot == null ? workingDirectory : workingDirectory.resolve(sourceRoot),
          sarifIncludeSuppressed, stdout && toStdoutTerminal, stdout && colored,
          new SourceLineCache(workingDirectory)).withSourceLinkBase(sourceLinkBase);
      try {
        write(context, target, result, workingDirectory, commandLine.getOut());
      } catch (IOException e) {
        err.println(TerminalText.escape("sfn-appsync-lint: error: cannot write " + target.file() + ": "
            + e.getMessage()));
        return 2;
      }
    }
    // Writing a baseline records the findings; only a tool failure makes it fail.
    FailOn threshold = writeBaseline != null ? FailOn.NONE : failOn;
    ExitStatus status = ExitStatus.of(result, threshold, 0);
    if (quiet && status == ExitStatus.PASSED && unfiltered != null) {
      // --quiet hides warnings and notes; it does not cancel --fail-on warning or note.
      long hidden = threshold.count(unfiltered) - threshold.count(result);
      if (ExitStatus.of(unfiltered, threshold, 0) == ExitStatus.FAILED && hidden > 0) {
        err.println("sfn-appsync-lint: " + hidden + " finding"
            + (hidden == 1 ? "" : "s") + " hidden by --quiet "
            + (hidden == 1 ? "is" : "are") + " at or above --fail-on " + threshold.label()
            + ": the run fails");
        status = ExitStatus.FAILED;
      }
    }
    return status.code();
  }

  /**
   * SARIF URIs (and Markdown links) are relative to the source root: a file outside it gets a
   * {@code ../} URI that code scanning cannot place. Say so rather than upload it silently.
   */
  private void warnAboutFilesOutsideTheSourceRoot(Path workingDirectory,
      List<FormatTarget> targets, LintResult result, PrintWriter err) {
    if (sourceRoot == null || targets.stream().noneMatch(t -> t.format() == ReportFormat.SARIF
        || t.format() == ReportFormat.MARKDOWN)) {
      return;
    }
    Path root = workingDirectory.resolve(sourceRoot).toAbsolutePath().normalize();
    List<String> outside = new ArrayList<>();
    java.util.Set<String> paths = new java.util.TreeSet<>(result.lintedPaths());
    result.findings().forEach(f -> paths.add(f.path()));
    for (String path : paths) {
      if (!workingDirectory.resolve(path).toAbsolutePath().normalize().startsWith(root)) {
        outside.add(path);
      }
    }
    if (!outside.isEmpty()) {
      err.println(TerminalText.escape("sfn-appsync-lint: warning: " + outside.size()
          + (outside.size() == 1 ? " file is" : " files are") + " outside --source-root "
          + sourceRoot + ", so their SARIF URIs start with ../ and code scanning cannot place "
          + "them: " + String.join(", ", outside.subList(0, Math.min(5, outside.size())))
          + (outside.size() > 5 ? ", ..." : "")));
    }
  }

  /** Every file this run writes, as the user named it. */
  private List<OutputTargets.Output> outputs(Path workingDirectory, List<FormatTarget> targets) {
    List<OutputTargets.Output> outputs = new ArrayList<>();
    for (FormatTarget target : targets) {
      if (target.file() != null) {
        outputs.add(new OutputTargets.Output(workingDirectory.resolve(target.file()),
            target.file().equals(output) ? "--output " + output
                : "-f " + target.format().label() + "=" + target.file()));
      }
    }
    if (writeBaseline != null) {
      outputs.add(new OutputTargets.Output(workingDirectory.resolve(writeBaseline),
          "--write-baseline " + writeBaseline));
    }
    return outputs;
  }

  /** Every file this run reads, which no output may replace. */
  private Map<Path, String> inputs(Path workingDirectory, LintResult result) {
    Map<Path, String> inputs = new java.util.LinkedHashMap<>(
        OutputTargets.linted(workingDirectory, result.lintedPaths()));
    for (Path path : paths) {
      Path file = workingDirectory.resolve(path);
      if (Files.isRegularFile(file)) {
        inputs.putIfAbsent(file, "a file named on the command line");
      }
    }
    configurationFile.ifPresent(file -> inputs.put(file, "the configuration"));
    if (baseline != null) {
      inputs.put(workingDirectory.resolve(baseline), "the baseline");
    }
    return inputs;
  }

  /** One lint run, with the findings this run reports: only errors with {@code --quiet}. */
  private LintResult lint(Linter linter, LintRequest request) {
    LintResult result = linter.lint(request);
    unfiltered = result;
    return quiet ? result.atLeast(Severity.ERROR) : result;
  }

  /** Configuration first, then the flags, which win. */
  private LintRequest request(Path workingDirectory, Linter linter) throws UsageException {
    ConfigurationLoader loader = new ConfigurationLoader(linter.registry());
    Configuration configuration;
    try {
      configuration = loader.resolve(Optional.ofNullable(config), noConfig, workingDirectory);
      configurationFile = configuration.file();
    } catch (ConfigurationException e) {
      throw new UsageException(e.getMessage());
    }
    LintRequest.Builder builder = configuration.applyTo(LintRequest.builder(workingDirectory))
        .paths(paths.isEmpty() ? List.of(Path.of(".")) : paths);
    try {
      builder.includes(includes).excludes(excludes);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--include/--exclude: " + e.getMessage());
    }
    if (workflowType != null) {
      builder.setting(WorkflowTypes.class, WorkflowTypes.DEFAULT,
          t -> t.withFallback(new WorkflowTypeSetting(workflowType, "--workflow-type")));
    }
    if (!appsyncAdditionalAuth.isEmpty() && appsyncDefaultAuth == null) {
      throw new UsageException("--appsync-additional-auth needs --appsync-default-auth: an API "
          + "has a default mode");
    }
    if (appsyncDefaultAuth != null) {
      String origin = "--appsync-default-auth" + (appsyncAdditionalAuth.isEmpty() ? ""
          : " and --appsync-additional-auth");
      builder.setting(AppSyncSettings.class, AppSyncSettings.DEFAULT, a -> a.withFallback(
          new AuthConfiguration(appsyncDefaultAuth, appsyncAdditionalAuth, origin)));
    }
    RuleSettings.Builder rules = builder.ruleSettings().toBuilder();
    for (String name : enable) {
      rules.enable(ruleId(linter, name, "--enable"));
    }
    for (String name : disable) {
      rules.disable(ruleId(linter, name, "--disable"));
    }
    for (String setting : severities) {
      int equals = setting.indexOf('=');
      if (equals < 0) {
        throw new UsageException("--severity takes RULE=LEVEL, got '" + setting + "'");
      }
      String level = setting.substring(equals + 1);
      Severity severity = Severity.parse(level).orElseThrow(() -> new UsageException(
          "--severity " + setting + ": level must be error, warning or note"));
      rules.severity(ruleId(linter, setting.substring(0, equals), "--severity"), severity);
    }
    builder.ruleSettings(rules.build());
    if (baseline != null) {
      try {
        builder.baseline(Baseline.read(workingDirectory.resolve(baseline), workingDirectory));
      } catch (Baseline.BaselineException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return builder.build();
  }

  private static String ruleId(Linter linter, String name, String option) throws UsageException {
    return RuleNames.id(linter.registry(), name, option);
  }

  /** Every report to write; at most one goes to standard output. */
  private List<FormatTarget> targets() throws UsageException {
    List<FormatTarget> requested = formats.isEmpty()
        ? List.of(new FormatTarget(ReportFormat.TEXT, null)) : formats;
    List<FormatTarget> resolved = new ArrayList<>();
    boolean outputUsed = false;
    int toStdout = 0;
    for (FormatTarget target : requested) {
      if (target.file() == null && output != null && !outputUsed) {
        resolved.add(new FormatTarget(target.format(), output));
        outputUsed = true;
      } else {
        resolved.add(target);
        toStdout += target.file() == null ? 1 : 0;
      }
    }
    if (toStdout > 1) {
      throw new UsageException("only one format can write to standard output; give the others "
          + "a file with FORMAT=FILE");
    }
    if (output != null && !outputUsed) {
      throw new UsageException("--output needs a --format without =FILE to write");
    }
    return resolved;
  }

  private static void write(ReportContext context, FormatTarget target, LintResult result,
      Path workingDirectory, PrintWriter out) throws IOException {
    if (target.file() == null) {
      // Straight to standard output: a large report is never held whole in memory.
      context.reporter(target.format()).write(result, out);
      out.flush();
      return;
    }
    context.reporter(target.format()).writeTo(result, workingDirectory.resolve(target.file()));
  }

  /** Source lines for code frames, read once per file. */
  private static final class SourceLineCache implements ReportContext.SourceLines {
    private final Path workingDirectory;
    private final Map<String, Optional<List<String>>> files = new HashMap<>();

    SourceLineCache(Path workingDirectory) {
      this.workingDirectory = workingDirectory;
    }

    @Override
    public Optional<String> line(String path, int line) {
      Optional<List<String>> lines = files.computeIfAbsent(path, p -> {
        try {
          return Optional.of(Files.readString(workingDirectory.resolve(p), StandardCharsets.UTF_8)
              .lines().toList());
        } catch (IOException | java.io.UncheckedIOException e) {
          return Optional.empty();
        }
      });
      return lines.filter(l -> line >= 1 && line <= l.size()).map(l -> l.get(line - 1));
    }
  }
}
