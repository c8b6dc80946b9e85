package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicExpression;
import dev.sfnappsynclint.asl.path.JsonPath;
import dev.sfnappsynclint.asl.path.PathField;
import dev.sfnappsynclint.asl.payload.StatePayloads;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.StringPart;

@LintRule(
    id = "ASL081",
    name = "ReferencePathRequired",
    severity = Severity.ERROR,
    summary = "A field that takes a Reference Path holds a wildcard, filter, slice or union.",
    description = "ResultPath and the fields that read one value (ItemsPath, TimeoutSecondsPath, "
        + "HeartbeatSecondsPath, SecondsPath, TimestampPath, ErrorPath, CausePath, "
        + "MaxConcurrencyPath, ToleratedFailure*Path, batcher and reader limits) take a "
        + "Reference Path, which names a single node: only .name, ['name'] and [index].",
    tags = {"correctness", "jsonpath"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html#amazon-states-language-reference-paths",
        "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html"
    },
    help = """
        ## What it finds
        A wildcard (`*`), deep scan (`..`), slice (`[1:]`), union (`[0,1]`), filter
        (`[?(...)]`), script or function in a field that takes a Reference Path: `ResultPath`
        (of a state or a Catcher), `ItemsPath`, `TimeoutSecondsPath`, `HeartbeatSecondsPath`,
        `SecondsPath`, `TimestampPath`, `ErrorPath`, `CausePath`, `MaxConcurrencyPath`,
        `ToleratedFailurePercentagePath`, `ToleratedFailureCountPath`,
        `MaxItemsPerBatchPath`, `MaxInputBytesPerBatchPath` and `ReaderConfig.MaxItemsPath`.
        `InputPath`, `OutputPath`, Choice rules and payload templates take full paths and are
        not checked here.

        ## Why it matters
        A Reference Path must identify exactly one node: the place the result is written to,
        or the one value a setting is read from. The AWS guide: "You can access object fields
        using only dot (.) and square bracket ([ ]) notation"; the operators `@ , : ?` are not
        supported. Step Functions rejects such a definition.

        ## Example
        ```json
        {
          "StartAt": "Lookup",
          "States": {
            "Lookup": {
              "Type": "Pass",
              "Result": { "found": true },
              "ResultPath": "$.orders[*].lookup",
              "End": true
            }
          }
        }
        ```

        ## Fix
        Write the result to one place:
        ```json
        {
          "StartAt": "Lookup",
          "States": {
            "Lookup": {
              "Type": "Pass",
              "Result": { "found": true },
              "ResultPath": "$.lookup",
              "End": true
            }
          }
        }
        ```
        """)
public final class ReferencePathRequired implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    StatePayloads payloads = StatePayloads.of(machine);
    for (State state : machine.states()) {
      for (PathField field : payloads.pathFields(state)) {
        if (field.kind() == PathField.Kind.PATH || field.hasPlaceholder()
            || IntrinsicExpression.looksLikeCall(field.text())) {
          continue;
        }
        JsonPath path = JsonPath.parse(field.text());
        if (!path.isValid()) {
          continue;
        }
        path.firstNonSingular().ifPresent(segment -> findings.report(
            StringPart.locate(field.node(), segment.start(), segment.end()),
            "%s of %s must be a Reference Path, naming a single node, but \"%s\" has %s: "
                + "\"%s\".", field.field(), field.where(), field.text(),
            segment.kind().description(),
            field.text().substring(segment.start(), segment.end())));
      }
    }
  }
}
