package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.report.TerminalText;
import dev.sfnappsynclint.lint.Linter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code sfn-appsync-lint [lint] PATH...}: linting is what the bare command does, and
 * {@code lint} says so explicitly. Other subcommands describe the rules.
 */
@Command(
    name = "sfn-appsync-lint",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    sortOptions = false,
    description = "Lints AWS Step Functions state machines (Amazon States Language) and AWS "
        + "AppSync GraphQL schemas (.graphql/.gql files and schemas in CloudFormation/SAM "
        + "templates).",
    footer = {"%nConfiguration: .sfn-appsync-lint.yml in this folder or the nearest above; "
        + "see the README."},
    subcommands = {LintCommand.class, RulesCommand.class, ExplainCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:nothing at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:usage error, unreadable path, or a failure of the tool itself"})
final class SfnAppsyncLint implements Callable<Integer> {

  @Mixin
  LintOptions options;

  private final Path workingDirectory;
  private final Linter linter;
  private final Terminal terminal;

  SfnAppsyncLint(Path workingDirectory, Linter linter, Terminal terminal) {
    this.workingDirectory = workingDirectory;
    this.linter = linter;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    return options.run(workingDirectory, linter, spec().commandLine(), terminal);
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private CommandLine.Model.CommandSpec spec() {
    return spec;
  }

  /** Runs the command line as the executable would, with the given working directory and streams. */
  static int run(Path workingDirectory, PrintWriter out, PrintWriter err, String... args) {
    return run(workingDirectory, Terminal.NONE, out, err, args);
  }

  static int run(Path workingDirectory, Terminal terminal, PrintWriter out, PrintWriter err,
      String... args) {
    Linter linter = new Linter(Linter.defaultRegistry());
    CommandLine commandLine = new CommandLine(new SfnAppsyncLint(workingDirectory, linter, terminal),
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == LintCommand.class) {
              return type.cast(new LintCommand(workingDirectory, linter, terminal));
            }
            if (type == RulesCommand.class) {
              return type.cast(new RulesCommand(workingDirectory, linter));
            }
            if (type == ExplainCommand.class) {
              return type.cast(new ExplainCommand(linter));
            }
            return CommandLine.defaultFactory().create(type);
          }
        });
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // As ESLint and Ruff: a usage error says what is wrong and where help is, not the whole help.
    commandLine.setParameterExceptionHandler((exception, args1) -> {
      CommandLine cmd = exception.getCommandLine();
      PrintWriter error = cmd.getErr();
      error.println(TerminalText.escape("sfn-appsync-lint: error: " + exception.getMessage()));
      CommandLine.UnmatchedArgumentException.printSuggestions(exception, error);
      error.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more "
          + "information.");
      error.flush();
      return 2;
    });
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      cmd.getErr().println(TerminalText.escape("sfn-appsync-lint: error: " + exception));
      return 2;
    });
    int exitCode = commandLine.execute(args);
    out.flush();
    err.flush();
    return exitCode;
  }
}
