package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.lint.Linter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sfn-appsync-lint lint PATH...}: the same as the bare command. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
    sortOptions = false,
    description = "Lint state machines and AppSync schemas under the given paths.")
final class LintCommand implements Callable<Integer> {

  @Mixin
  LintOptions options;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Path workingDirectory;
  private final Linter linter;
  private final Terminal terminal;

  LintCommand(Path workingDirectory, Linter linter, Terminal terminal) {
    this.workingDirectory = workingDirectory;
    this.linter = linter;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    return options.run(workingDirectory, linter, spec.commandLine(), terminal);
  }
}
