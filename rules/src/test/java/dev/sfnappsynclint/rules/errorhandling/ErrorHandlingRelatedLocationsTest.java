package dev.sfnappsynclint.rules.errorhandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.RelatedLocation;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures check where the error-handling findings are and what they say; this checks the
 * other place each one points at: the entry that matches first, the Retrier after States.ALL,
 * the MaxAttempts that makes a setting useless.
 */
class ErrorHandlingRelatedLocationsTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());

  @TempDir
  Path folder;

  private List<Finding> lint(String json, String ruleId) throws Exception {
    Path file = folder.resolve("machine.asl.json");
    Files.writeString(file, json);
    Linter.FileResult result = LINTER.lint(new Candidate(file, "machine.asl.json", true),
        LintRequest.builder(folder).build());
    assertThat(result.notifications()).isEmpty();
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  @Test
  void aShadowedRetrierPointsAtTheEntryThatMatchesFirst() throws Exception {
    List<Finding> findings = lint("""
        {"StartAt": "Load", "States": {"Load": {
          "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:load",
          "Retry": [
            {"ErrorEquals": ["Custom.Error", "States.TaskFailed"]},
            {"ErrorEquals": ["Lambda.ServiceException", "Custom.Error"]}
          ],
          "End": true}}}
        """, "ASL025");
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.anchor()).isEqualTo("/States/Load/Retry/1/ErrorEquals");
    assertThat(finding.related()).extracting(r -> r.location().anchor(), RelatedLocation::message)
        .containsExactly(
            tuple("/States/Load/Retry/0/ErrorEquals/1",
                "\"States.TaskFailed\" here matches \"Lambda.ServiceException\" first"),
            tuple("/States/Load/Retry/0/ErrorEquals/0",
                "\"Custom.Error\", listed first here"));
  }

  @Test
  void aShadowedNamePointsAtItsShadow() throws Exception {
    List<Finding> findings = lint("""
        {"StartAt": "Load", "States": {"Load": {
          "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:load",
          "Catch": [
            {"ErrorEquals": ["Custom.Error"], "Next": "Done"},
            {"ErrorEquals": ["Other.Error", "Custom.Error"], "Next": "Done"}
          ],
          "End": true},
          "Done": {"Type": "Succeed"}}}
        """, "ASL025");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.anchor()).isEqualTo("/States/Load/Catch/1/ErrorEquals/1");
      assertThat(f.related()).singleElement().satisfies(r ->
          assertThat(r.location().anchor()).isEqualTo("/States/Load/Catch/0/ErrorEquals/0"));
    });
  }

  @Test
  void statesAllNotLastPointsAtTheNextRetrier() throws Exception {
    List<Finding> findings = lint("""
        {"StartAt": "Load", "States": {"Load": {
          "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:load",
          "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["Custom.Error"]}],
          "End": true}}}
        """, "ASL020");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.anchor()).isEqualTo("/States/Load/Retry/0/ErrorEquals/0");
      assertThat(f.related()).singleElement().satisfies(r ->
          assertThat(r.location().anchor()).isEqualTo("/States/Load/Retry/1"));
    });
  }

  @Test
  void ineffectiveSettingsPointAtWhatMakesThemSo() throws Exception {
    List<Finding> findings = lint("""
        {"StartAt": "Load", "States": {"Load": {
          "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:load",
          "Retry": [
            {"ErrorEquals": ["A"], "BackoffRate": 2, "MaxAttempts": 0},
            {"ErrorEquals": ["B"], "IntervalSeconds": 10, "MaxDelaySeconds": 5}
          ],
          "End": true}}}
        """, "ASL022");
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).anchor()).isEqualTo("/States/Load/Retry/0/BackoffRate");
    assertThat(findings.get(0).related()).singleElement().satisfies(r ->
        assertThat(r.location().anchor()).isEqualTo("/States/Load/Retry/0/MaxAttempts"));
    assertThat(findings.get(1).anchor()).isEqualTo("/States/Load/Retry/1/MaxDelaySeconds");
    assertThat(findings.get(1).related()).singleElement().satisfies(r ->
        assertThat(r.location().anchor()).isEqualTo("/States/Load/Retry/1/IntervalSeconds"));
  }
}
