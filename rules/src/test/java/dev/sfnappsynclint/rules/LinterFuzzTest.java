package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.RuleSettings;
import dev.sfnappsynclint.finding.ToolNotification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the whole pipeline (reading, JSON/YAML and GraphQL parsing,
 * templates, the models, every rule, the policy rules that are off by default too): no input
 * may make the tool fail. In a normal test run Jazzer replays the
 * inputs under {@code src/test/resources/dev/sfnappsynclint/rules/LinterFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl rules -am test -Dtest=LinterFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}
 * fuzzes for real and saves what it finds there.
 */
class LinterFuzzTest {

  private static final List<String> NAMES = List.of("fuzz.asl.json", "fuzz.asl.yaml",
      "template.yaml", "fuzz.template.json", "fuzz.asl", "schema.graphql");
  private static final Linter LINTER = new Linter(Linter.defaultRegistry());
  private static final Path FOLDER = folder();
  private static final RuleSettings EVERY_RULE = everyRule();

  private static RuleSettings everyRule() {
    RuleSettings.Builder settings = RuleSettings.DEFAULTS.toBuilder();
    LINTER.registry().metadata().forEach(rule -> settings.enable(rule.id()));
    return settings.build();
  }

  private static Path folder() {
    try {
      Path folder = Files.createTempDirectory("sfn-appsync-lint-fuzz");
      folder.toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void anyInputLintsWithoutToolErrors(FuzzedDataProvider data) throws IOException {
    String name = data.pickValue(NAMES);
    byte[] content = data.consumeRemainingAsBytes();
    Path file = FOLDER.resolve(name);
    Files.write(file, content);
    // A template may name a definition file or a schema file next to it.
    Files.write(FOLDER.resolve("statemachine.asl.json"), content);
    Files.write(FOLDER.resolve("schema.graphql"), content);
    Linter.FileResult result = LINTER.lint(new Candidate(file, name, true),
        LintRequest.builder(FOLDER).threads(1).ruleSettings(EVERY_RULE).build());
    assertThat(result.notifications().stream()
        .filter(n -> n.level() == ToolNotification.Level.ERROR).toList()).isEmpty();
  }
}
