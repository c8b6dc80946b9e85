package dev.sfnappsynclint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.report.RuleDocumentation;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleOptionSpec;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy rules: off by default, switched on by configuration or a preset, with options. */
class RuleOptionsTest {

  @LintRule(id = "ASL905", name = "RetryBudget", severity = Severity.WARNING, summary = "test",
      enabledByDefault = false, presets = "test-standard",
      options = {
          @LintRule.Option(name = "budgetSeconds", type = RuleOptionSpec.Type.INTEGER,
              description = "the budget", defaultValue = "300"),
          @LintRule.Option(name = "patterns", type = RuleOptionSpec.Type.STRING_LIST,
              description = "which resources")
      })
  public static final class RetryBudget implements AslRule {
    @Override
    public void check(StateMachine machine, Findings findings) {
      findings.report(machine.root(), "budget %s patterns %s",
          findings.options().integer("budgetSeconds").orElse(-1L),
          findings.options().strings("patterns"));
    }
  }

  @TempDir
  Path work;

  private RuleRegistry registry;

  @BeforeEach
  void machine() throws IOException {
    Files.writeString(work.resolve("m.asl.json"),
        "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    registry = new RuleRegistry(List.of(new RegisteredRule(RuleMetadata.of(RetryBudget.class),
        new RetryBudget())));
  }

  private List<String> lint(String configuration) throws Exception {
    Files.writeString(work.resolve(".sfn-appsync-lint.yml"), configuration);
    Configuration loaded = new ConfigurationLoader(registry).loadNearest(work);
    return new Linter(registry).lint(loaded.applyTo(LintRequest.builder(work))
            .path(Path.of(".")).build())
        .findings().stream().map(f -> f.severity().label() + " " + f.message()).toList();
  }

  @Test
  void offByDefault() throws Exception {
    assertThat(lint("include: ['**/*.json']\n")).isEmpty();
  }

  @Test
  void onWithItsDefaultsOrTheConfiguredOptions() throws Exception {
    assertThat(lint("rules:\n  ASL905: on\n")).containsExactly("warning budget 300 patterns []");
    assertThat(lint("""
        rules:
          RetryBudget:
            severity: error
            options:
              budgetSeconds: 600
              patterns: [lambda, sqs]
        """)).containsExactly("error budget 600 patterns [lambda, sqs]");
    assertThat(lint("rules:\n  ASL905:\n    options: {budgetSeconds: 30}\n"))
        .containsExactly("warning budget 30 patterns []");
  }

  @Test
  void aPresetSwitchesItsRulesOn() throws Exception {
    assertThat(lint("presets: [test-standard]\n")).containsExactly("warning budget 300 patterns []");
    assertThat(lint("presets: [test-standard]\nrules:\n  ASL905: off\n")).isEmpty();
  }

  @Test
  void wrongOptionsAndPresetsAreConfigurationErrorsAtTheirLine() {
    assertThatThrownBy(() -> lint("rules:\n  ASL905:\n    options:\n      budget: 5\n"))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.position().line()).isEqualTo(4);
          assertThat(e.problem()).isEqualTo("rules.ASL905.options: \"budget\" is no option of "
              + "ASL905 RetryBudget; expected one of budgetSeconds, patterns");
        });
    assertThatThrownBy(() -> lint("rules:\n  ASL905:\n    options:\n      budgetSeconds: '5'\n"))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problem())
            .isEqualTo("rules.ASL905.options.budgetSeconds must be a whole number"));
    assertThatThrownBy(() -> lint("presets: [nope]\n"))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problem())
            .isEqualTo("presets: \"nope\" is no preset; expected one of test-standard"));
    assertThatThrownBy(() -> lint("rules:\n  ASL905:\n    level: on\n"))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void theDocsSayItIsOffAndListItsOptions() {
    String page = RuleDocumentation.page(RuleMetadata.of(RetryBudget.class));
    assertThat(page).contains("| enabled by default | no: switch it on in configuration",
        "| presets | test-standard |", "| `budgetSeconds` | a whole number | `300` | the budget |",
        "| `patterns` | a list of strings | none | which resources |");
  }
}
