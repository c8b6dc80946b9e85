package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.PayloadSize;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "ASL053",
    name = "PayloadTooLarge",
    severity = Severity.ERROR,
    summary = "A payload written in the definition (Result, Parameters, Arguments, Assign, ...) "
        + "is larger than the 256 KiB a state's input or output may be.",
    description = "Step Functions limits the input and output of every state, task and execution "
        + "to 262,144 bytes of UTF-8. A payload written in the definition that is larger by "
        + "itself — before any input is added — fails with States.DataLimitExceeded every time "
        + "the state runs.",
    tags = {"correctness", "limits"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"
    },
    help = """
        ## What it finds
        A state whose `Result`, `Parameters`, `Arguments`, `ItemSelector`, `ResultSelector`,
        `Output`, `Items` or `Assign` takes more than 262,144 bytes as compact UTF-8 JSON, with
        what is only known at run time counted at its smallest: a `"key.$"` value or a JSONata
        `{% ... %}` expression as one byte, a placeholder the template does not replace as
        nothing. Both workflow types have this limit. With `"ResultPath": null` the result
        (`Result`, `ResultSelector`, a Pass state's `Parameters`) is thrown away and not
        checked.

        ## Why it matters
        "Maximum input or output size for a task, state, or execution: 256 KiB of data as a
        UTF-8 encoded string" (AWS, *Step Functions service quotas*); variables are limited the
        same way (*Passing data between states with variables*). A payload that is larger by
        itself fails with `States.DataLimitExceeded` each time the state runs. Keep large data
        in S3 and pass its location.

        ## Example
        YAML anchors make the payload large without a large file: `*s` is 64 characters,
        `*kb` sixteen of them, `*chunk` sixteen of those, and `table` 17 chunks, about 290 KB.
        ```yaml
        StartAt: Load defaults
        States:
          Load defaults:
            Type: Pass
            Result:
              s: &s "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
              kb: &kb [*s, *s, *s, *s, *s, *s, *s, *s, *s, *s, *s, *s, *s, *s, *s, *s]
              chunk: &chunk [*kb, *kb, *kb, *kb, *kb, *kb, *kb, *kb, *kb, *kb, *kb, *kb, *kb, *kb,
                *kb, *kb]
              table: [*chunk, *chunk, *chunk, *chunk, *chunk, *chunk, *chunk, *chunk, *chunk,
                *chunk, *chunk, *chunk, *chunk, *chunk, *chunk, *chunk, *chunk]
            End: true
        ```

        ## Fix
        Read the large data where it is kept (here an S3 object) instead of writing it in the
        definition:
        ```yaml
        StartAt: Load defaults
        States:
          Load defaults:
            Type: Task
            Resource: arn:aws:states:::aws-sdk:s3:getObject
            Parameters:
              Bucket: settings
              Key: defaults.json
            ResultSelector:
              defaults.$: States.StringToJson($.Body)
            End: true
        ```
        """)
public final class PayloadTooLarge implements AslRule {

  private static final List<String> FIELDS = List.of("Result", "Parameters", "Arguments",
      "ItemSelector", "ResultSelector", "Output", "Items", "Assign");

  /** What becomes the result, which {@code "ResultPath": null} throws away (a Task's input stays). */
  private static final List<String> DISCARDED = List.of("Result", "ResultSelector", "Parameters");

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      // "ResultPath": null discards the result: the state's output is its input.
      boolean discarded = state.node().get("ResultPath")
          .filter(n -> n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL).isPresent();
      for (String field : FIELDS) {
        Optional<Member> member = state.node().member(field);
        if (member.isEmpty() || (discarded && DISCARDED.contains(field)
            && !(field.equals("Parameters") && state.is(StateType.TASK)))) {
          continue;
        }
        long bytes = PayloadSize.minimumBytes(member.get().value(), state.queryLanguage());
        if (bytes > PayloadSize.LIMIT_BYTES) {
          findings.report(member.get().key(), "%s of \"%s\" takes at least %,d bytes, more than "
                  + "the %,d bytes (256 KiB) a state's input or output may be: the state fails "
                  + "with States.DataLimitExceeded each time it runs. Keep large data in S3 and "
                  + "pass its location.", field, state.name(), bytes, PayloadSize.LIMIT_BYTES);
        }
      }
    }
  }
}
