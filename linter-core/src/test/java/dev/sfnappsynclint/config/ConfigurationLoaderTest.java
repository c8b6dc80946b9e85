package dev.sfnappsynclint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.TextRange;
import dev.sfnappsynclint.tree.TreeLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading {@code .sfn-appsync-lint.yml}: where it is found, what each key becomes, and the
 * message and line of each mistake.
 */
class ConfigurationLoaderTest {

  @LintRule(id = "ASL907", name = "LoudRule", severity = Severity.WARNING, summary = "test")
  public static final class LoudRule implements AslRule {
    @Override
    public void check(StateMachine machine, Findings findings) {}
  }

  @LintRule(id = "ASL908", name = "QuietRule", severity = Severity.NOTE, summary = "test",
      enabledByDefault = false)
  public static final class QuietRule implements AslRule {
    @Override
    public void check(StateMachine machine, Findings findings) {}
  }

  private static final RuleMetadata LOUD = RuleMetadata.of(LoudRule.class);
  private static final RuleMetadata QUIET = RuleMetadata.of(QuietRule.class);
  private static final RuleRegistry REGISTRY = new RuleRegistry(java.util.List.of(
      new RegisteredRule(LOUD, new LoudRule()), new RegisteredRule(QUIET, new QuietRule())));

  @TempDir
  Path work;

  private Configuration load(String text) throws Exception {
    Files.writeString(work.resolve(".sfn-appsync-lint.yml"), text);
    return new ConfigurationLoader(REGISTRY).loadNearest(work);
  }

  private void assertProblem(ThrowingCallable loading, int line, String problem) {
    assertThatThrownBy(loading).isInstanceOfSatisfying(ConfigurationException.class, e -> {
      assertThat(e.problem()).isEqualTo(problem);
      assertThat(e.file()).isEqualTo(".sfn-appsync-lint.yml");
      assertThat(e.position().line()).isEqualTo(line);
    });
  }

  @Test
  void theNearestFileAboveIsFoundAndYmlComesFirst() throws Exception {
    Path deep = Files.createDirectories(work.resolve("a/b"));
    assertThat(ConfigurationLoader.find(deep)).isEmpty().as("none yet");
    Files.writeString(work.resolve(".sfn-appsync-lint.yaml"), "");
    assertThat(ConfigurationLoader.find(deep)).contains(work.resolve(".sfn-appsync-lint.yaml"));
    Files.writeString(work.resolve(".sfn-appsync-lint.yml"), "");
    assertThat(ConfigurationLoader.find(deep)).contains(work.resolve(".sfn-appsync-lint.yml"));
    Files.writeString(work.resolve("a/.sfn-appsync-lint.yaml"), "");
    assertThat(ConfigurationLoader.find(deep))
        .contains(work.resolve("a/.sfn-appsync-lint.yaml"));
    Files.createDirectories(work.resolve("a/b/.sfn-appsync-lint.yml"));
    assertThat(ConfigurationLoader.find(deep)).as("a folder of that name is no file")
        .contains(work.resolve("a/.sfn-appsync-lint.yaml"));
  }

  @Test
  void resolveHonoursDisabledAnExplicitFileAndOtherwiseTheNearest() throws Exception {
    ConfigurationLoader loader = new ConfigurationLoader(REGISTRY);
    Files.writeString(work.resolve(".sfn-appsync-lint.yml"), "rules:\n  ASL907: off\n");
    Files.writeString(work.resolve("other.yml"), "rules:\n  ASL907: error\n");
    assertThat(loader.resolve(Optional.empty(), true, work)).isSameAs(Configuration.NONE);
    assertThat(loader.resolve(Optional.empty(), false, work).rules().isEnabled(LOUD)).isFalse();
    Configuration explicit = loader.resolve(Optional.of(Path.of("other.yml")), false, work);
    assertThat(explicit.file()).contains(work.resolve("other.yml").toAbsolutePath().normalize());
    assertThat(explicit.rules().severity(LOUD)).isEqualTo(Severity.ERROR);
    assertThatThrownBy(() -> loader.resolve(Optional.of(Path.of("missing.yml")), false, work))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.file()).isEqualTo("missing.yml");
          assertThat(e.position()).isNull();
          assertThat(e.problem()).isEqualTo("configuration file does not exist");
        });
    Path empty = Files.createDirectories(work.getParent().resolve(work.getFileName() + "-none"));
    assertThat(loader.resolve(Optional.empty(), false, empty).file())
        .as("no file above a fresh temporary folder").isEmpty();
  }

  @Test
  void anEmptyOrCommentOnlyFileIsTheDefaults() throws Exception {
    for (String text : new String[] {"", "# nothing yet\n", "---\n# later\n", "~\n"}) {
      Configuration configuration = load(text);
      assertThat(configuration.file()).as(text).isPresent();
      assertThat(configuration.rules().isEnabled(LOUD)).isTrue();
      assertThat(configuration.rules().isEnabled(QUIET)).isFalse();
      assertThat(configuration.ignores()).isEmpty();
      assertThat(configuration.maxDepth()).isEmpty();
    }
  }

  @Test
  void ruleLevelsByIdOrName() throws Exception {
    Configuration configuration = load("""
        rules:
          LoudRule: off
          ASL908:
            severity: error
        """);
    assertThat(configuration.rules().isEnabled(LOUD)).isFalse();
    assertThat(configuration.rules().isEnabled(QUIET)).isTrue();
    assertThat(configuration.rules().severity(QUIET)).isEqualTo(Severity.ERROR);
    Configuration on = load("rules:\n  QuietRule: on\n  ASL907: note\n");
    assertThat(on.rules().isEnabled(QUIET)).isTrue();
    assertThat(on.rules().severity(QUIET)).isEqualTo(Severity.NOTE);
    assertThat(on.rules().isEnabled(LOUD)).isTrue();
    assertThat(on.rules().severity(LOUD)).isEqualTo(Severity.NOTE);
  }

  @Test
  void anUnknownRuleIsAnErrorAtItsKey() {
    assertProblem(() -> load("# rules\nrules:\n  ASL907: off\n  NoSuchRule: off\n"), 4,
        "rules: \"NoSuchRule\" is no rule; expected a rule id or name such as ASL908 or "
            + "UnreachableState (run `sfn-appsync-lint rules` for the list)");
  }

  @Test
  void anUnknownKeyNamesTheKeysAllowedThere() {
    assertProblem(() -> load("rules: {}\nrulez: {}\n"), 2,
        "unknown key \"rulez\"; expected one of rules, include, exclude, workflowTypes, appsync, "
            + "limits, ignore, presets");
    assertProblem(() -> load("limits:\n  maxDepth: 20\n  maxBytes: 3\n"), 3,
        "unknown key \"maxBytes\" in limits; expected one of maxFileBytes, maxDepth");
    assertProblem(() -> load("ignore:\n  - files: a.json\n    rule: [ASL907]\n"), 3,
        "unknown key \"rule\" in ignore.0; expected one of files, pointer, rules, reason");
  }

  @Test
  void theFirstSchemaErrorInTheFileIsReported() {
    assertThatThrownBy(() -> load("limits:\n  maxDepth: 2\ninclude: 5\n"))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.position().line()).isEqualTo(2);
          assertThat(e.problem()).startsWith("limits.maxDepth: ");
        });
  }

  @Test
  void aValueOutsideAnEnumerationSaysWhichValuesAreAllowed() {
    assertThatThrownBy(() -> load("workflowTypes:\n  - files: a.json\n    type: FAST\n"))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.position().line()).isEqualTo(3);
          assertThat(e.problem()).startsWith("workflowTypes.0.type: ")
              .contains("must be one of").doesNotContain("$.");
        });
  }

  @Test
  void yamlSyntaxErrorsKeepTheirPosition() {
    assertThatThrownBy(() -> load("rules:\n  ASL907: [off\n"))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.file()).isEqualTo(".sfn-appsync-lint.yml");
          assertThat(e.position()).isNotNull();
        });
  }

  @Test
  void aBrokenGlobIsAnErrorAtItsLine() {
    assertProblem(() -> load("include:\n  - '**/*.json'\n  - 'src/[ab'\n"), 3,
        "glob 'src/[ab' has a '[' that is never closed by ']'");
    assertProblem(() -> load("ignore:\n  - files: '{a,b'\n"), 2,
        "glob '{a,b' has a '{' that is never closed by '}'");
  }

  @Test
  void limitsAreRead() throws Exception {
    Configuration configuration = load("limits:\n  maxFileBytes: 5000000\n  maxDepth: 200\n");
    assertThat(configuration.maxFileBytes()).hasValue(5_000_000L);
    assertThat(configuration.maxDepth()).hasValue(200);
  }

  @Test
  void ignoreEntriesResolveRuleNamesAndDefaultTheirReason() throws Exception {
    Configuration configuration = load("""
        ignore:
          - files: legacy/**
            rules: [LoudRule, ASL908]
            pointer: /States/Old
            reason: migrated next quarter
          - files: '*.asl.yaml'
        """);
    assertThat(configuration.ignores()).satisfiesExactly(
        entry -> {
          assertThat(entry.ruleIds()).containsExactlyInAnyOrder("ASL907", "ASL908");
          assertThat(entry.anchor()).isEqualTo("/States/Old");
          assertThat(entry.reason()).isEqualTo("migrated next quarter");
          assertThat(entry.matches(finding("legacy/m.asl.json", "ASL907", "/States/Old/Next")))
              .isTrue();
        },
        entry -> {
          assertThat(entry.ruleIds()).isEmpty();
          assertThat(entry.anchor()).isEmpty();
          assertThat(entry.reason()).isEqualTo("Ignored in .sfn-appsync-lint.yml:6.");
        });
    assertProblem(() -> load("ignore:\n  - files: a.json\n    rules: [ASL907, Nope]\n"), 3,
        "ignore: \"Nope\" is no rule (run `sfn-appsync-lint rules` for the list)");
  }

  @Test
  void globsAreRelativeToTheFolderOfTheFile() throws Exception {
    Path module = Files.createDirectories(work.resolve("module"));
    Files.writeString(module.resolve(".sfn-appsync-lint.yml"), """
        include: ['flows/**']
        exclude: ['flows/old/**']
        workflowTypes:
          - files: 'flows/express/**'
            type: EXPRESS
        ignore:
          - files: 'flows/gen/*.json'
        """);
    Configuration configuration = new ConfigurationLoader(REGISTRY)
        .resolve(Optional.empty(), false, module, work);
    assertThat(configuration.includes()).singleElement()
        .satisfies(glob -> {
          assertThat(glob.matches("module/flows/a.asl.json")).isTrue();
          assertThat(glob.matches("flows/a.asl.json")).isFalse();
        });
    assertThat(configuration.excludes().get(0).matches("module/flows/old/x.json")).isTrue();
    assertThat(configuration.workflowTypes()).singleElement().satisfies(assignment -> {
      assertThat(assignment.type()).isEqualTo(WorkflowType.EXPRESS);
      assertThat(assignment.origin()).isEqualTo("module/.sfn-appsync-lint.yml:4");
      assertThat(assignment.files().matches("module/flows/express/e.json")).isTrue();
    });
    assertThat(configuration.ignores().get(0).reason())
        .isEqualTo("Ignored in module/.sfn-appsync-lint.yml:7.");
    assertThat(configuration.ignores().get(0).matches(finding("module/flows/gen/g.json",
        "ASL907", ""))).isTrue();
  }

  @Test
  void aConfigurationGoesIntoTheRequest() throws Exception {
    Configuration configuration = load("""
        limits: {maxFileBytes: 4096, maxDepth: 40}
        include: ['flows/**']
        ignore: [{files: 'a.json'}]
        rules: {ASL907: off}
        """);
    LintRequest request = configuration.applyTo(LintRequest.builder(work)).build();
    assertThat(request.maxFileBytes()).isEqualTo(4096);
    assertThat(request.treeLimits().maxDepth()).isEqualTo(40);
    assertThat(request.treeLimits().maxNodes()).isEqualTo(TreeLimits.DEFAULT.maxNodes());
    assertThat(request.includes()).hasSize(1);
    assertThat(request.ignores()).hasSize(1);
    assertThat(request.runs(LOUD)).isFalse();
    LintRequest defaults = Configuration.NONE.applyTo(LintRequest.builder(work)).build();
    assertThat(defaults.maxFileBytes()).isEqualTo(LintRequest.DEFAULT_MAX_FILE_BYTES);
    assertThat(defaults.treeLimits()).isEqualTo(TreeLimits.DEFAULT);
  }

  @Test
  void theExceptionMessageSaysFileLineAndColumn() {
    assertThat(new ConfigurationException("c.yml", new Position(3, 7), "bad").getMessage())
        .isEqualTo("c.yml:3:7: bad");
    assertThat(new ConfigurationException("c.yml", null, "missing").getMessage())
        .isEqualTo("c.yml: missing");
  }

  private static Finding finding(String path, String ruleId, String anchor) {
    return new Finding(ruleId, ruleId, Severity.WARNING, "m", path, TextRange.of(1, 1, 1, 2),
        anchor);
  }
}
