package dev.sfnappsynclint.asl.extract;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.lint.InputFile;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.TextRange;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What names and shapes say a JSON/YAML file is. */
final class AslFiles {

  static final RuleMetadata INVALID_SYNTAX = RuleMetadata.of(InvalidSyntax.class);
  static final Set<String> EXTENSIONS = Set.of(".json", ".yaml", ".yml", ".asl");
  private static final List<String> ASL_EXTENSIONS =
      List.of(".asl.json", ".asl.yaml", ".asl.yml", ".asl");

  private AslFiles() {}

  /** {@code *.asl.json}, {@code *.asl.yaml}, {@code *.asl.yml}, or {@code *.asl} (as CDK writes). */
  static boolean hasAslName(InputFile file) {
    return ASL_EXTENSIONS.stream().anyMatch(file.lowerCaseName()::endsWith);
  }

  /** {@code template.yaml} (SAM's default) or {@code *.template.json} (CDK's output). */
  static boolean hasTemplateName(InputFile file) {
    String name = file.lowerCaseName();
    return name.matches("template\\.(ya?ml|json)") || name.matches(".+\\.template\\.(ya?ml|json)");
  }

  /** YAML, by its name: where {@code #} comments can hold suppressions. */
  static boolean isYaml(SourceFile file) {
    String name = file.fileName().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** The {@code ASL000} finding of a file that cannot be read or parsed. */
  static Finding invalidSyntax(InputFile file, ExtractionContext context) {
    InputFile.Problem problem = file.treeProblem().orElseThrow();
    return context.finding(INVALID_SYNTAX, problem.message(),
        new Location(file.displayPath(), TextRange.at(problem.position()), ""));
  }

  /** The top level has {@code StartAt} and {@code States}, as every state machine does. */
  static boolean looksLikeStateMachine(Node root) {
    return root instanceof ObjectNode object && object.has("StartAt") && object.has("States");
  }
}
