package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.asl.extract.InvalidSyntax;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

  @LintRule(id = "ASL901", name = "EveryState", severity = Severity.NOTE, summary = "test")
  public static final class EveryState implements AslRule {
    @Override
    public void check(StateMachine machine, Findings findings) {
      for (State state : machine.states()) {
        findings.report(state.nameNode(), "state %s", state.name());
      }
    }
  }

  @LintRule(id = "ASL902", name = "Crashes", severity = Severity.ERROR, summary = "test")
  public static final class Crashes implements AslRule {
    @Override
    public void check(StateMachine machine, Findings findings) {
      findings.report(machine.root(), "partial finding that must not survive the crash");
      throw new IllegalStateException("boom");
    }
  }

  @TempDir
  Path work;

  private static Linter linter(AslRule... rules) {
    List<RegisteredRule> registered = new java.util.ArrayList<>();
    registered.add(new RegisteredRule(RuleMetadata.of(InvalidSyntax.class), new InvalidSyntax()));
    for (AslRule rule : rules) {
      registered.add(new RegisteredRule(RuleMetadata.of(rule.getClass()), rule));
    }
    return new Linter(new RuleRegistry(registered));
  }

  private void write(String relative, String text) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void aFileThatDoesNotParseIsAFindingAndTheOthersAreStillLinted() throws IOException {
    write("a/good.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    write("b/broken.asl.json", "{\"StartAt\": \"A\",\n \"States\": {\n}");
    write("c/good.asl.yaml", "StartAt: B\nStates:\n  B:\n    Type: Succeed\n");
    write("d/package.json", "{ not json");
    LintResult result = linter(new EveryState()).lint(
        LintRequest.builder(work).path(Path.of(".")).build());
    assertThat(result.findings()).extracting(Finding::path, Finding::ruleId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a/good.asl.json", "ASL901"),
        org.assertj.core.groups.Tuple.tuple("b/broken.asl.json", "ASL000"),
        org.assertj.core.groups.Tuple.tuple("c/good.asl.yaml", "ASL901"));
    assertThat(result.findings().get(1).range()).isEqualTo(TextRange.of(3, 2, 3, 3));
    assertThat(result.filesLinted()).isEqualTo(3);
    assertThat(result.notifications()).isEmpty();
  }

  @Test
  void jsonAndYamlFilesAreLintedWhenTheyLookLikeStateMachines() throws IOException {
    write("flows/order.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    write("flows/config.yaml", "name: not a state machine\n");
    LintResult result = linter(new EveryState()).lint(
        LintRequest.builder(work).path(Path.of("flows")).build());
    assertThat(result.findings()).extracting(Finding::path).containsExactly("flows/order.json");
  }

  @Test
  void aCrashingRuleBecomesAToolErrorAndTheRunGoesOn() throws IOException {
    write("m.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    LintResult result = linter(new Crashes(), new EveryState()).lint(
        LintRequest.builder(work).path(Path.of(".")).build());
    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("ASL901");
    assertThat(result.hasToolErrors()).isTrue();
    assertThat(result.notifications()).singleElement().satisfies(n -> {
      assertThat(n.ruleId()).isEqualTo("ASL902");
      assertThat(n.message()).contains("ASL902 Crashes failed on m.asl.json")
          .contains("IllegalStateException: boom");
    });
  }

  @Test
  void resultsAreTheSameWhateverTheThreadCount() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("f" + (i % 7) + "/m" + i + ".asl.json", "{\"StartAt\": \"A\", \"States\": {"
          + "\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Succeed\"}}}");
    }
    Linter linter = linter(new EveryState());
    LintResult one = linter.lint(LintRequest.builder(work).path(Path.of(".")).threads(1).build());
    LintResult four = linter.lint(LintRequest.builder(work).path(Path.of(".")).threads(4).build());
    assertThat(four.findings()).isEqualTo(one.findings()).hasSize(80);
  }

  @Test
  void ruleFilterSelectsRulesButNeverHidesSyntaxErrors() throws IOException {
    write("ok.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    write("bad.asl.json", "{");
    LintResult result = linter(new EveryState()).lint(LintRequest.builder(work)
        .path(Path.of(".")).ruleFilter(rule -> false).build());
    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("ASL000");
  }

  @Test
  void fileSizeLimitIsAFindingForStateMachineFiles() throws IOException {
    write("big.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}"
        + " ".repeat(2000));
    LintResult result = linter(new EveryState()).lint(LintRequest.builder(work)
        .path(Path.of(".")).maxFileBytes(1024).build());
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("ASL000");
      assertThat(f.message()).contains("above the 1.0 KiB limit");
    });
  }

  @Test
  void aNamedFileThatIsNotAStateMachineIsAWarningNotAFinding() throws IOException {
    write("settings.json", "{\"name\": 1}");
    LintResult result = linter(new EveryState()).lint(LintRequest.builder(work)
        .path(Path.of("settings.json")).build());
    assertThat(result.findings()).isEmpty();
    assertThat(result.hasToolErrors()).isFalse();
    assertThat(result.notifications()).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("Neither a state machine")
            .contains("nor a CloudFormation/SAM template"));
  }

  // No silent zero. A named path that the excludes (or includes) remove is an error: the user
  // asked for it and it was not linted. A named file that was read and is no state machine or
  // template stays a warning (above): it was looked at, and the message says what it is.

  @Test
  void aNamedFileThatAnExcludeRemovesIsAnError() throws IOException {
    write("legacy/old.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    LintResult result = linter(new EveryState()).lint(LintRequest.builder(work)
        .path(Path.of("legacy/old.asl.json")).excludes(List.of("legacy/**")).build());
    assertThat(result.lintedPaths()).isEmpty();
    assertThat(result.hasToolErrors()).isTrue();
    assertThat(result.notifications()).singleElement().satisfies(n ->
        assertThat(n.message()).contains("legacy/old.asl.json", "excluded", "legacy/**"));
  }

  @Test
  void aNamedFolderWhoseFilesAreAllExcludedIsAnError() throws IOException {
    write("legacy/old.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    LintResult result = linter(new EveryState()).lint(LintRequest.builder(work)
        .path(Path.of("legacy")).excludes(List.of("**/*.asl.json")).build());
    assertThat(result.hasToolErrors()).isTrue();
    assertThat(result.notifications()).singleElement().satisfies(n ->
        assertThat(n.message()).contains("legacy", "excluded", "**/*.asl.json"));
  }

  @Test
  void aFolderTheFrontEndNamedItselfIsNotReportedWhenExcluded() throws IOException {
    write("child/old.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    LintResult result = linter(new EveryState()).lint(LintRequest.builder(work)
        .path(Path.of(".")).excludes(List.of("child/**"))
        .setting(Linter.NamedPaths.class, Linter.NamedPaths.FRONT_END).build());
    assertThat(result.hasToolErrors()).isFalse();
    assertThat(result.notifications()).isEmpty();
  }

  @Test
  void aNamedFolderWithNothingToLintSaysWhatWasSkipped() throws IOException {
    write("cdk.out/App.template.json", "{\"Resources\": {}}");
    LintResult result = linter(new EveryState()).lint(LintRequest.builder(work)
        .path(Path.of(".")).build());
    assertThat(result.hasToolErrors()).isFalse();
    assertThat(result.notifications()).singleElement().satisfies(n -> {
      assertThat(n.level()).isEqualTo(dev.sfnappsynclint.finding.ToolNotification.Level.WARNING);
      assertThat(n.message()).contains("No files to lint", "cdk.out");
    });
  }

  @Test
  void aFolderNamedTwiceOrWithFilesIsNotReported() throws IOException {
    write("m.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    write("legacy/old.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    LintResult result = linter(new EveryState()).lint(LintRequest.builder(work)
        .paths(List.of(Path.of("."), Path.of("."))).excludes(List.of("legacy/**")).build());
    assertThat(result.notifications()).isEmpty();
    assertThat(result.lintedPaths()).containsExactly("m.asl.json");
  }

  @Test
  void invalidUtf8IsASyntaxFinding() throws IOException {
    Files.write(work.resolve("latin1.asl.json"), new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
    LintResult result = linter().lint(LintRequest.builder(work).path(Path.of(".")).build());
    assertThat(result.findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("not valid UTF-8"));
  }
}
