package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.report.TerminalText;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.report.RuleDocumentation;
import dev.sfnappsynclint.rule.RegisteredRule;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sfn-appsync-lint explain ASL006}: a rule's documentation page, in the terminal. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
    description = "Show a rule's documentation: what it finds, why, an example, the fix.")
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RULE", description = "A rule id (ASL006) or name (UnreachableState).")
  String rule;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Linter linter;

  ExplainCommand(Linter linter) {
    this.linter = linter;
  }

  @Override
  public Integer call() {
    Optional<RegisteredRule> found = linter.registry().find(rule);
    if (found.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(TerminalText.escape("sfn-appsync-lint: error: no rule '" + rule + "' (see 'sfn-appsync-lint rules')"));
      err.flush();
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    String page = RuleDocumentation.page(found.get().metadata());
    // The page as written to docs/rules/ starts with a "generated, do not edit" comment, which
    // means nothing in a terminal.
    if (page.startsWith("<!--")) {
      int end = page.indexOf("-->");
      page = page.substring(end + 3).stripLeading();
    }
    out.print(page);
    out.flush();
    return 0;
  }
}
