package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.MapFields;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "ASL067",
    name = "DistributedOnlyMapField",
    severity = Severity.WARNING,
    summary = "A Distributed Map field (ItemReader, ResultWriter, ItemBatcher, "
        + "ToleratedFailure*, Label) on a Map state that runs inline.",
    description = "ItemReader, ResultWriter, ItemBatcher, the tolerated-failure thresholds and "
        + "Label belong to a Distributed Map: a Map whose ItemProcessor has ProcessorConfig "
        + "Mode DISTRIBUTED. On an inline Map (no ProcessorConfig, Mode INLINE, or the legacy "
        + "Iterator) they do not apply. A warning: the AWS documentation lists these fields "
        + "for the distributed mode only but does not say how an inline Map's validation "
        + "treats them.",
    tags = {"correctness", "distributed-map"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html"
    },
    help = """
        ## What it finds
        A Map state that runs inline — its `ItemProcessor` has no `ProcessorConfig`, or
        `"Mode": "INLINE"`, or it uses the legacy `Iterator` — with `ItemReader`,
        `ResultWriter`, `ItemBatcher`, `ToleratedFailureCount(Path)`,
        `ToleratedFailurePercentage(Path)` or `Label`.

        ## Why it matters
        These fields configure the child workflow executions of a Distributed Map. On an
        inline Map the items come from the state input and nothing is batched, written or
        tolerated: usually `"Mode": "DISTRIBUTED"` (and an `ExecutionType`) was forgotten.

        ## Example
        ```json
        {
          "StartAt": "Process",
          "States": {
            "Process": {
              "Type": "Map",
              "ItemReader": {
                "Resource": "arn:aws:states:::s3:listObjectsV2",
                "Parameters": { "Bucket": "amzn-s3-demo-bucket" }
              },
              "ItemProcessor": {
                "StartAt": "Handle",
                "States": { "Handle": { "Type": "Pass", "End": true } }
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Run the Map in distributed mode:
        ```json
        {
          "StartAt": "Process",
          "States": {
            "Process": {
              "Type": "Map",
              "ItemReader": {
                "Resource": "arn:aws:states:::s3:listObjectsV2",
                "Parameters": { "Bucket": "amzn-s3-demo-bucket" }
              },
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                "StartAt": "Handle",
                "States": { "Handle": { "Type": "Pass", "End": true } }
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class DistributedOnlyMapField implements AslRule {

  private static final List<String> DISTRIBUTED_FIELDS = List.of("ItemReader", "ResultWriter",
      "ItemBatcher", "ToleratedFailureCount", "ToleratedFailureCountPath",
      "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "Label");

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      Optional<MapFields> map = state.map();
      if (map.isEmpty() || map.get().processor().isEmpty() || !map.get().isInline()) {
        continue;
      }
      for (String field : DISTRIBUTED_FIELDS) {
        Optional<Member> member = state.node().member(field);
        member.ifPresent(m -> findings.report(m.key(), "%s only applies to a Distributed Map, "
            + "but \"%s\" runs inline; set \"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", "
            + "\"ExecutionType\": ...} in its ItemProcessor.", field, state.name()));
      }
    }
  }
}
