package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sfn-appsync-lint rules}: every rule with id, name, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
    description = "List every rule: id, name, default severity and summary.")
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Linter linter;

  RulesCommand(Linter linter) {
    this.linter = linter;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int nameWidth = linter.registry().rules().stream()
        .mapToInt(r -> r.metadata().name().length()).max().orElse(4);
    for (RegisteredRule rule : linter.registry().rules()) {
      RuleMetadata metadata = rule.metadata();
      out.printf("%-6s  %-" + nameWidth + "s  %-7s  %s%n", metadata.id(), metadata.name(),
          metadata.severity().label(), metadata.summary());
    }
    out.flush();
    return 0;
  }
}
