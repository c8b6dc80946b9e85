package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.asl.extract.InvalidSyntax;
import dev.sfnappsynclint.asl.extract.MissingDefinitionFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TemplateContext;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.asl.WorkflowTypeSetting;
import dev.sfnappsynclint.asl.WorkflowTypes;
import dev.sfnappsynclint.config.Configuration;
import dev.sfnappsynclint.config.ConfigurationLoader;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the engine finds state machines in templates and what it tells rules about them. */
class TemplateLintingTest {

  /** Reports, at each machine's root, what the engine knows about it. */
  @LintRule(id = "ASL903", name = "DescribeMachine", severity = Severity.NOTE, summary = "test")
  public static final class DescribeMachine implements AslRule {
    @Override
    public void check(StateMachine machine, Findings findings) {
      findings.report(machine.root(), "%s %s (%s) form=%s", machine.name(),
          machine.workflowType().type(), machine.workflowType().origin(),
          machine.template().map(TemplateContext::form).map(Enum::name).orElse("standalone"));
    }
  }

  @TempDir
  Path work;

  private void write(String relative, String text) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private LintResult lint(String... paths) {
    return lint(LintRequest.builder(work), paths);
  }

  private LintResult lint(LintRequest.Builder request, String... paths) {
    Linter linter = new Linter(new RuleRegistry(List.of(
        new RegisteredRule(RuleMetadata.of(InvalidSyntax.class), new InvalidSyntax()),
        new RegisteredRule(RuleMetadata.of(MissingDefinitionFile.class), new MissingDefinitionFile()),
        new RegisteredRule(RuleMetadata.of(DescribeMachine.class), new DescribeMachine()))));
    for (String path : paths) {
      request.path(Path.of(path));
    }
    return linter.lint(request.build());
  }

  private static List<String> messages(LintResult result) {
    return result.findings().stream().map(f -> f.path() + ":" + f.range().start().line() + " "
        + f.message()).toList();
  }

  @Test
  void eachMachineOfATemplateHasItsOwnWorkflowTypeAndSaysWhereItCameFrom() throws IOException {
    write("app/template.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fast:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: A
                States: {A: {Type: Succeed}}
          Slow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              StateMachineType: STANDARD
              DefinitionString: '{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}'
          Unsaid:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionString: !Sub '{"StartAt": "C", "States": {"C": {"Type": "Succeed"}}}'
        """);
    assertThat(messages(lint("."))).containsExactly(
        "app/template.yaml:9 Fast EXPRESS (Type of Fast in app/template.yaml:7) form=OBJECT",
        "app/template.yaml:15 Slow STANDARD (StateMachineType of Slow in app/template.yaml:14) "
            + "form=STRING",
        "app/template.yaml:19 Unsaid STANDARD (the default) form=SUB");
  }

  @Test
  void workflowTypeComesFromTheTemplateElseTheConfigurationElseTheFlag() throws Exception {
    write(".sfn-appsync-lint.yml", """
        workflowTypes:
          - files: "express/**"
            type: express
        """);
    write("express/fast.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    write("other/slow.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    write("express/template.yaml", """
        Resources:
          Said:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              StateMachineType: STANDARD
              Definition: {StartAt: A, States: {A: {Type: Succeed}}}
        """);
    Configuration configuration =
        new ConfigurationLoader(Linter.defaultRegistry())
            .loadNearest(work);
    LintRequest.Builder request = configuration.applyTo(LintRequest.builder(work))
        .setting(WorkflowTypes.class, WorkflowTypes.DEFAULT, t -> t.withFallback(
            new WorkflowTypeSetting(WorkflowType.STANDARD, "--workflow-type")));
    assertThat(messages(lint(request, "."))).containsExactly(
        "express/fast.asl.json:1 fast.asl.json EXPRESS (.sfn-appsync-lint.yml:2) form=standalone",
        "express/template.yaml:6 Said STANDARD (StateMachineType of Said in "
            + "express/template.yaml:5) form=OBJECT",
        "other/slow.asl.json:1 slow.asl.json STANDARD (--workflow-type) form=standalone");
  }

  @Test
  void aFileATemplateNamesIsLintedWithTheTemplateNotOnItsOwn() throws IOException {
    write("app/template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              DefinitionUri: statemachine/flow.asl.json
        """);
    write("app/statemachine/flow.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    write("other/alone.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    LintResult result = lint(".");
    assertThat(messages(result)).containsExactly(
        "app/statemachine/flow.asl.json:1 Flow EXPRESS (Type of Flow in app/template.yaml:6) form=FILE",
        "other/alone.asl.json:1 alone.asl.json STANDARD (the default) form=standalone");
    assertThat(result.lintedPaths()).containsExactly("app/statemachine/flow.asl.json",
        "app/template.yaml", "other/alone.asl.json");
    // Named on its own, the template still reads its DefinitionUri.
    assertThat(messages(lint("app/template.yaml"))).containsExactly(
        "app/statemachine/flow.asl.json:1 Flow EXPRESS (Type of Flow in app/template.yaml:6) form=FILE");
  }

  @Test
  void aDefinitionFileThatDoesNotLookLikeOneIsStillLintedAsOne() throws IOException {
    write("template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: flow.json
        """);
    write("flow.json", "{\"Comment\": \"StartAt is missing\", \"States\": {}}");
    assertThat(messages(lint("."))).containsExactly(
        "flow.json:1 Flow STANDARD (the default) form=FILE");
  }

  @Test
  void cdkOutputIsLintedWhenNamedAndSkippedOtherwise() throws IOException {
    write("cdk.out/PipelineStack.template.json", """
        {"Resources": {"Machine": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
          "DefinitionString": {"Fn::Join": ["", ["{\\"StartAt\\":\\"A\\",\\"States\\":{\\"A\\":{\\"Type\\":\\"Task\\",\\"Resource\\":\\"",
            {"Fn::GetAtt": ["Fn", "Arn"]}, "\\",\\"End\\":true}}}"]]}}}}}
        """);
    assertThat(lint(".").findings()).isEmpty();
    assertThat(messages(lint("cdk.out"))).containsExactly(
        "cdk.out/PipelineStack.template.json:2 Machine STANDARD (the default) form=JOIN");
  }

  @Test
  void whatCannotBeEvaluatedIsLeftAlone() throws IOException {
    write("template.yaml", """
        Resources:
          Chosen:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition: !If [UseA, {StartAt: A}, {StartAt: B}]
          Packaged:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: {Bucket: b, Key: k}
          FromParameter:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionString: !Ref DefinitionParameter
        """);
    LintResult result = lint(".");
    assertThat(result.findings()).isEmpty();
    assertThat(result.notifications()).isEmpty();
  }

  @Test
  void aTemplateThatDoesNotParseIsAFindingAndTheOthersGoOn() throws IOException {
    write("a/template.yaml", "Resources:\n  X: [unclosed\n");
    write("b/flow.asl.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    write("c/config.yaml", "unrelated: [unclosed\n");
    LintResult result = lint(".");
    assertThat(result.findings()).extracting(Finding::path, Finding::ruleId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a/template.yaml", "ASL000"),
        org.assertj.core.groups.Tuple.tuple("b/flow.asl.json", "ASL903"));
  }

  @Test
  void aDefinitionUriThatDiffersOnlyInLetterCaseSaysSo() throws IOException {
    write("app/template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: StateMachines/Flow.asl.json
          Other:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachines/gone.asl.json
        """);
    write("app/statemachines/flow.asl.json",
        "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    List<Finding> missing = lint(".").findings().stream()
        .filter(f -> f.ruleId().equals("ASL097")).toList();
    assertThat(missing).extracting(Finding::message).containsExactly(
        "DefinitionUri of Flow names \"StateMachines/Flow.asl.json\", but the file is "
            + "\"statemachines/flow.asl.json\": only the letter case differs, and the build "
            + "fails on case-sensitive file systems (Linux, as on CI runners).",
        "DefinitionUri of Other names \"statemachines/gone.asl.json\", but there is no such "
            + "file (looked for app/statemachines/gone.asl.json).");
    assertThat(missing.get(0).range().start().line()).isEqualTo(6);
  }

  @Test
  void theSeverityOfASyntaxFindingIsConfigurableWhereverTheDefinitionIs() throws IOException {
    write("standalone.asl.json", "{\"StartAt\": ");
    write("template.yaml", """
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionString: '{"StartAt": '
        """);
    LintRequest.Builder request = LintRequest.builder(work);
    request.ruleSettings(request.ruleSettings().toBuilder()
        .severity("ASL000", Severity.WARNING).build());
    assertThat(lint(request, ".").findings()).extracting(Finding::path, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("standalone.asl.json", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("template.yaml", Severity.WARNING));
  }
}
