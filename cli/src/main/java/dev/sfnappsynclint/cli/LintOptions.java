package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.asl.WorkflowTypeSetting;
import dev.sfnappsynclint.lint.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.LintResult;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.lint.ToolNotification;
import dev.sfnappsynclint.report.JsonReporter;
import dev.sfnappsynclint.report.Reporter;
import dev.sfnappsynclint.report.TextReporter;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of a lint run, shared by the bare command and {@code lint}. */
final class LintOptions {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders to lint (default: the current folder).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Report format: text or json (default: text).")
  OutputFormat format = OutputFormat.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit with 1 when a finding is at or above LEVEL: error, warning, note, "
          + "or none (default: error).")
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--workflow-type", paramLabel = "TYPE",
      description = "Lint state machines as standard or express workflows when nothing else "
          + "says which (default: standard).")
  WorkflowType workflowType;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Only lint files under folders that match GLOB (repeatable).")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Skip files and folders that match GLOB (repeatable), e.g. 'legacy/**'.")
  List<String> excludes = new ArrayList<>();

  @Option(names = {"-q", "--quiet"},
      description = "Report errors only: warnings and notes are neither shown nor counted.")
  boolean quiet;

  int run(Path workingDirectory, Linter linter, CommandLine commandLine) {
    PrintWriter err = commandLine.getErr();
    LintRequest request = LintRequest.builder(workingDirectory)
        .paths(paths.isEmpty() ? List.of(Path.of(".")) : paths)
        .includes(includes)
        .excludes(excludes)
        .workflowType(workflowType == null
            ? WorkflowTypeSetting.DEFAULT
            : new WorkflowTypeSetting(workflowType, "--workflow-type"))
        .build();
    LintResult result = linter.lint(request);
    if (quiet) {
      List<Finding> errors = result.findings().stream()
          .filter(f -> f.severity() == Severity.ERROR).toList();
      result = new LintResult(errors, result.notifications(), result.filesLinted(), result.rules());
    }
    for (ToolNotification notification : result.notifications()) {
      if (!quiet || notification.level() == ToolNotification.Level.ERROR) {
        err.println("sfn-appsync-lint: "
            + notification.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + notification);
      }
    }
    Reporter reporter = switch (format) {
      case TEXT -> new TextReporter();
      case JSON -> new JsonReporter(ToolVersion.VALUE);
    };
    try {
      write(reporter, result, workingDirectory, commandLine.getOut());
    } catch (IOException e) {
      err.println("sfn-appsync-lint: error: cannot write " + output + ": " + e.getMessage());
      return 2;
    }
    if (result.hasToolErrors()) {
      return 2;
    }
    boolean failed = failOn.threshold().map(result::hasFindingsAtLeast).orElse(false);
    return failed ? 1 : 0;
  }

  private void write(Reporter reporter, LintResult result, Path workingDirectory, PrintWriter out)
      throws IOException {
    if (output == null) {
      StringWriter buffer = new StringWriter();
      reporter.write(result, buffer);
      out.print(buffer);
      out.flush();
      return;
    }
    Path target = workingDirectory.resolve(output);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      reporter.write(result, writer);
    }
  }
}
