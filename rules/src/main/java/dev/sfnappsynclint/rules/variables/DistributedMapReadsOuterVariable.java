package dev.sfnappsynclint.rules.variables;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.variables.Variable.Read;
import dev.sfnappsynclint.asl.variables.VariableAnalysis;
import dev.sfnappsynclint.asl.variables.VariableAnalysis.CheckedRead;
import dev.sfnappsynclint.asl.variables.VariableAnalysis.Verdict;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL107",
    name = "DistributedMapReadsOuterVariable",
    severity = Severity.WARNING,
    summary = "A state in a Distributed Map's item processor reads a variable of the scopes "
        + "outside the Map.",
    description = "A Distributed Map runs its items as child workflow executions, and those "
        + "cannot reference the variables of the scopes around the Map. Pass the value in "
        + "through ItemSelector instead.",
    tags = {"correctness", "variables"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html"
    },
    help = """
        ## What it finds
        A read of `$name` in the item processor of a Distributed Map (or in a scope nested in
        it) where only a scope outside the Map assigns `name`.

        ## Why it matters
        The Step Functions guide: Distributed Map states cannot reference variables in outer
        scopes. Each item runs as a child execution with variables of its own; the outer value
        is not there.

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Config",
          "States": {
            "Config": { "Type": "Pass", "Assign": { "bucket": "reports" }, "Next": "Each" },
            "Each": {
              "Type": "Map",
              "Items": "{% $states.input.keys %}",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                "StartAt": "Locate",
                "States": {
                  "Locate": { "Type": "Pass", "Output": { "bucket": "{% $bucket %}", "key": "{% $states.input %}" }, "End": true }
                }
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Pass the value with each item:
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Config",
          "States": {
            "Config": { "Type": "Pass", "Assign": { "bucket": "reports" }, "Next": "Each" },
            "Each": {
              "Type": "Map",
              "Items": "{% $states.input.keys %}",
              "ItemSelector": { "bucket": "{% $bucket %}", "key": "{% $states.context.Map.Item.Value %}" },
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                "StartAt": "Locate",
                "States": {
                  "Locate": { "Type": "Pass", "Output": "{% $states.input %}", "End": true }
                }
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class DistributedMapReadsOuterVariable implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (CheckedRead checked : VariableAnalysis.of(machine).checkedReads()) {
      if (checked.verdict() == Verdict.OUTSIDE_DISTRIBUTED_MAP) {
        Read read = checked.read();
        findings.report(read.location(), "State \"%s\" runs in %s, which cannot see the "
            + "variables outside the Map, but reads $%s, which only an enclosing scope assigns. "
            + "Pass the value in through the Map state's ItemSelector.",
            read.state().name(), read.scope().execution().describeExecution(), read.name());
      }
    }
  }
}
