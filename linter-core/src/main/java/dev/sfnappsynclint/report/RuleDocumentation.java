package dev.sfnappsynclint.report;

import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleOptionSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rule documentation made from rule metadata: the pages under {@code docs/rules/}, the SARIF
 * {@code help.markdown}, {@code rules --format ...} and {@code explain}. Never written by hand.
 */
public final class RuleDocumentation {

  private RuleDocumentation() {}

  /** The rule's help, its AWS sources and how to suppress it. */
  public static String helpMarkdown(RuleMetadata rule) {
    StringBuilder out = new StringBuilder();
    out.append(rule.help().isBlank() ? rule.summary() : rule.help()).append("\n");
    if (!rule.awsDocs().isEmpty()) {
      out.append("\n## AWS documentation\n");
      for (String link : rule.awsDocs()) {
        out.append("- <").append(link).append(">\n");
      }
    }
    out.append("\n## Suppress it\n")
        .append("- in YAML or GraphQL, on the line before the finding: ")
        .append("`# sfn-appsync-lint-disable-next-line ").append(rule.id())
        .append(" -- reason`\n")
        .append("- in a whole YAML or GraphQL file: `# sfn-appsync-lint-disable-file ")
        .append(rule.id()).append("`\n");
    // GraphQL rules (GQL...) never report in ASL JSON, where comments are not possible.
    if (!rule.id().startsWith("GQL")) {
      out.append("- in ASL JSON, in the `Comment` of the state (it covers what the state "
              + "contains): ")
          .append("`\"Comment\": \"sfn-appsync-lint-disable ").append(rule.id())
          .append(" -- reason\"`\n");
    }
    out.append("- everywhere, in `.sfn-appsync-lint.yml`: `rules: { ").append(rule.id())
        .append(": off }`, or for some files only: `ignore: [{ files: \"legacy/**\", rules: [")
        .append(rule.id()).append("] }]`\n");
    return out.toString();
  }

  /** A page of {@code docs/rules/}. */
  public static String page(RuleMetadata rule) {
    return "<!-- Generated from the rule's metadata by `sfn-appsync-lint rules --write-docs "
        + "docs/rules`. Do not edit. -->\n"
        + "# " + rule.id() + " " + rule.name() + "\n\n"
        + rule.summary() + "\n\n"
        + "| | |\n|---|---|\n"
        + "| id | `" + rule.id() + "` |\n"
        + "| name | `" + rule.name() + "` |\n"
        + "| default severity | " + rule.severity().label() + " |\n"
        + "| tags | " + String.join(", ", rule.tags()) + " |\n"
        + "| precision | " + rule.precision().label() + " |\n"
        + (rule.enabledByDefault() ? "" : "| enabled by default | no: switch it on in "
            + "configuration (`rules: { " + rule.id() + ": on }`)"
            + (rule.presets().isEmpty() ? "" : " or with a preset") + " |\n")
        + (rule.presets().isEmpty() ? "" : "| presets | " + String.join(", ", rule.presets())
            + " |\n")
        + "\n"
        + (rule.description().isBlank() ? "" : rule.description() + "\n\n")
        + options(rule)
        + helpMarkdown(rule);
  }

  /** The rule's options and how to set them, when it has any. */
  private static String options(RuleMetadata rule) {
    if (rule.options().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("## Options\n\n| option | value | default | meaning |\n"
        + "|---|---|---|---|\n");
    for (RuleOptionSpec option : rule.options()) {
      out.append("| `").append(option.name()).append("` | ").append(option.type().description())
          .append(" | ").append(option.defaultValue().map(v -> "`" + v + "`").orElse("none"))
          .append(" | ").append(option.description().replace("|", "\\|")).append(" |\n");
    }
    RuleOptionSpec first = rule.options().get(0);
    out.append("\nIn `.sfn-appsync-lint.yml`:\n\n```yaml\nrules:\n  ").append(rule.id())
        .append(":\n    severity: ").append(rule.severity().label()).append("\n    options:\n      ")
        .append(first.name()).append(": ").append(first.defaultValue().map(String::valueOf)
            .orElse(first.type() == RuleOptionSpec.Type.STRING_LIST ? "[]" : "..."))
        .append("\n```\n\n");
    return out.toString();
  }

  /** {@code docs/rules/README.md}: every rule in a table. */
  public static String index(List<RuleMetadata> rules) {
    StringBuilder out = new StringBuilder();
    out.append("<!-- Generated from the rules' metadata by `sfn-appsync-lint rules --write-docs ")
        .append("docs/rules`. Do not edit. -->\n")
        .append("# Rules\n\n")
        .append("| id | name | default severity | summary |\n|---|---|---|---|\n");
    for (RuleMetadata rule : rules) {
      out.append("| [").append(rule.id()).append("](").append(rule.id()).append(".md) | ")
          .append(rule.name()).append(" | ").append(rule.severity().label()).append(" | ")
          .append(rule.summary().replace("|", "\\|")).append(" |\n");
    }
    return out.toString();
  }

  /** Every file of {@code docs/rules/}, by file name. */
  public static Map<String, String> pages(List<RuleMetadata> rules) {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("README.md", index(rules));
    for (RuleMetadata rule : rules) {
      pages.put(rule.id() + ".md", page(rule));
    }
    return pages;
  }

  /** A plain listing: id, name, severity, summary. */
  public static String table(List<RuleMetadata> rules) {
    int width = rules.stream().mapToInt(r -> r.name().length()).max().orElse(4);
    StringBuilder out = new StringBuilder();
    for (RuleMetadata rule : rules) {
      out.append(String.format("%-6s  %-" + width + "s  %-7s  %s%n", rule.id(), rule.name(),
          rule.severity().label(), rule.summary()));
    }
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  public static String json(List<RuleMetadata> rules) {
    ObjectNode root = JsonOutput.object();
    ArrayNode array = root.putArray("rules");
    for (RuleMetadata rule : rules) {
      ObjectNode node = array.addObject();
      node.put("id", rule.id());
      node.put("name", rule.name());
      node.put("severity", rule.severity().label());
      node.put("enabledByDefault", rule.enabledByDefault());
      node.put("summary", rule.summary());
      node.put("description", rule.description());
      ArrayNode tags = node.putArray("tags");
      rule.tags().forEach(tags::add);
      node.put("precision", rule.precision().label());
      ArrayNode docs = node.putArray("awsDocs");
      rule.awsDocs().forEach(docs::add);
      node.put("help", rule.help());
    }
    return JsonOutput.write(root);
  }
}
