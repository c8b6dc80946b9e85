package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.report.RuleDocumentation;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sfn-appsync-lint rules}: every rule, as a table, JSON or Markdown, or as doc pages. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
    description = "List every rule: id, name, default severity and summary.")
final class RulesCommand implements Callable<Integer> {

  enum Format { TEXT, JSON, MARKDOWN }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, json or markdown (default: text).")
  Format format = Format.TEXT;

  @Option(names = "--write-docs", paramLabel = "DIR",
      description = "Write one Markdown page per rule and an index to DIR (docs/rules), "
          + "replacing the pages that are there.")
  Path writeDocs;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Path workingDirectory;
  private final Linter linter;

  RulesCommand(Path workingDirectory, Linter linter) {
    this.workingDirectory = workingDirectory;
    this.linter = linter;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleMetadata> rules = linter.registry().rules().stream()
        .map(RegisteredRule::metadata).toList();
    if (writeDocs != null) {
      Path folder = workingDirectory.resolve(writeDocs);
      Files.createDirectories(folder);
      Map<String, String> pages = RuleDocumentation.pages(rules);
      try (Stream<Path> existing = Files.list(folder)) {
        for (Path page : existing.filter(p -> p.toString().endsWith(".md")).toList()) {
          if (!pages.containsKey(page.getFileName().toString())) {
            Files.delete(page);
          }
        }
      }
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Files.writeString(folder.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      }
      out.println("Wrote " + pages.size() + " pages to " + writeDocs);
      out.flush();
      return 0;
    }
    out.print(switch (format) {
      case TEXT -> RuleDocumentation.table(rules);
      case JSON -> RuleDocumentation.json(rules);
      case MARKDOWN -> RuleDocumentation.index(rules);
    });
    out.flush();
    return 0;
  }
}
