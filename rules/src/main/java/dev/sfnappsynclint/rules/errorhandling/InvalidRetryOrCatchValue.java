package dev.sfnappsynclint.rules.errorhandling;

import dev.sfnappsynclint.asl.Catcher;
import dev.sfnappsynclint.asl.ErrorHandler;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.JitterStrategy;
import dev.sfnappsynclint.asl.Retrier;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import dev.sfnappsynclint.tree.ScalarNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "ASL021",
    name = "InvalidRetryOrCatchValue",
    severity = Severity.ERROR,
    summary = "A Retrier or Catcher has no error names, or a Retrier's IntervalSeconds, "
        + "MaxAttempts, BackoffRate, MaxDelaySeconds or JitterStrategy is outside what Step "
        + "Functions accepts.",
    description = "ErrorEquals must list at least one error name. IntervalSeconds must be 1 to "
        + "99999999, MaxAttempts 0 to 99999999, BackoffRate at least 1.0, MaxDelaySeconds 1 to "
        + "31622400, and JitterStrategy FULL or NONE. A ${placeholder} or a JSONata expression "
        + "is never reported; a value of the wrong type (a string, a fraction) is left to type "
        + "checks.",
    tags = {"correctness", "error-handling"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"
    },
    help = """
        ## What it finds
        In every `Retry` and `Catch` of Task, Parallel and Map states, in every scope:

        | field | allowed | source |
        |---|---|---|
        | `ErrorEquals` (Retrier and Catcher) | present, at least one name | AWS guide: "A non-empty array of strings" (required) |
        | `IntervalSeconds` | integer 1 – 99999999 | AWS guide: "A positive integer", "a maximum value of 99999999" |
        | `MaxAttempts` | integer 0 – 99999999 | AWS guide: `0` means never retried, "a maximum value of 99999999" |
        | `BackoffRate` | at least 1.0 | States Language: "MUST be greater than or equal to 1.0" |
        | `MaxDelaySeconds` | integer 1 – 31622400 | AWS guide: "greater than 0 and less than 31622401" |
        | `JitterStrategy` | `FULL` or `NONE` | AWS guide: "accepts FULL or NONE as its values" |

        Only values the linter can read are judged: a `${placeholder}` that
        `DefinitionSubstitutions` does not give as a literal, or a JSONata expression, is never
        reported (a literal substitution is checked, and the finding points at the
        placeholder). A value of the wrong type — a string, a fraction where an integer belongs —
        is a type error, not a range error, and is not reported here. A Catcher without `Next`
        is reported by ASL001.

        ## Why it matters
        These are the bounds the AWS guide and the States Language set ("must", "MUST"), and
        Step Functions checks a definition against its schema when the state machine is created
        or updated, failing with `SCHEMA_VALIDATION_FAILED` (it does so for the other numeric
        bounds, such as "Maximum value is 99999999"). The lower bound of `BackoffRate` is the
        States Language's; the AWS guide only gives its default. Beyond the deployment: a
        `BackoffRate` below 1 would shrink the waits, and an empty `ErrorEquals` would handle
        nothing.

        ## Example
        ```json
        {
          "StartAt": "Reserve stock",
          "States": {
            "Reserve stock": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:reserve-stock",
              "Retry": [
                {
                  "ErrorEquals": ["Lambda.TooManyRequestsException"],
                  "IntervalSeconds": 0,
                  "BackoffRate": 0.5,
                  "JitterStrategy": "RANDOM"
                }
              ],
              "Catch": [
                { "ErrorEquals": [], "Next": "Out of stock" }
              ],
              "End": true
            },
            "Out of stock": { "Type": "Fail", "Error": "OutOfStock" }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Reserve stock",
          "States": {
            "Reserve stock": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:reserve-stock",
              "Retry": [
                {
                  "ErrorEquals": ["Lambda.TooManyRequestsException"],
                  "IntervalSeconds": 1,
                  "BackoffRate": 2,
                  "JitterStrategy": "FULL"
                }
              ],
              "Catch": [
                { "ErrorEquals": ["OutOfStock"], "Next": "Out of stock" }
              ],
              "End": true
            },
            "Out of stock": { "Type": "Fail", "Error": "OutOfStock" }
          }
        }
        ```
        """)
public final class InvalidRetryOrCatchValue implements AslRule {

  /** AWS guide: IntervalSeconds and MaxAttempts have "a maximum value of 99999999". */
  static final long MAX_INTERVAL_OR_ATTEMPTS = 99_999_999L;

  /** AWS guide: MaxDelaySeconds must be "greater than 0 and less than 31622401". */
  static final long MAX_DELAY_SECONDS = 31_622_400L;

  private static final List<String> JITTER_NAMES =
      Arrays.stream(JitterStrategy.values()).map(Enum::name).toList();

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      for (Retrier retrier : state.retriers()) {
        checkErrorEquals(state, retrier, findings);
        checkRetrier(state, retrier, findings);
      }
      for (Catcher catcher : state.catchers()) {
        checkErrorEquals(state, catcher, findings);
      }
    }
  }

  private static void checkErrorEquals(State state, ErrorHandler handler, Findings findings) {
    if (handler.errorEquals().isEmpty()) {
      findings.report(handler.node(), "%s has no ErrorEquals; it must list the error names it "
          + "handles.", ErrorHandlers.describe(handler, state));
      return;
    }
    FieldValue<List<FieldValue<String>>> errorEquals = handler.errorEquals().get();
    if (errorEquals.value().filter(List::isEmpty).isPresent()) {
      findings.report(errorEquals.node(), "ErrorEquals of %s is empty; it must list at least one "
          + "error name.", ErrorHandlers.describeLower(handler, state));
    }
  }

  private static void checkRetrier(State state, Retrier retrier, Findings findings) {
    String of = ErrorHandlers.describeLower(retrier, state);
    known(retrier.intervalSeconds())
        .filter(v -> v.value().orElseThrow() < 1 || v.value().orElseThrow() > MAX_INTERVAL_OR_ATTEMPTS)
        .ifPresent(v -> findings.report(v.node(), "IntervalSeconds of %s must be an integer from 1 "
            + "to %d; found %d.", of, MAX_INTERVAL_OR_ATTEMPTS, v.value().orElseThrow()));
    known(retrier.maxAttempts())
        .filter(v -> v.value().orElseThrow() < 0 || v.value().orElseThrow() > MAX_INTERVAL_OR_ATTEMPTS)
        .ifPresent(v -> findings.report(v.node(), "MaxAttempts of %s must be an integer from 0 "
            + "to %d; found %d.", of, MAX_INTERVAL_OR_ATTEMPTS, v.value().orElseThrow()));
    known(retrier.backoffRate())
        .filter(v -> v.value().orElseThrow().compareTo(BigDecimal.ONE) < 0)
        .ifPresent(v -> findings.report(v.node(), "BackoffRate of %s must be at least 1.0; found "
            + "%s.", of, v.value().orElseThrow().toPlainString()));
    known(retrier.maxDelaySeconds())
        .filter(v -> v.value().orElseThrow() < 1 || v.value().orElseThrow() > MAX_DELAY_SECONDS)
        .ifPresent(v -> findings.report(v.node(), "MaxDelaySeconds of %s must be an integer from "
            + "1 to %d; found %d.", of, MAX_DELAY_SECONDS, v.value().orElseThrow()));
    retrier.jitterStrategy().filter(FieldValue::isMalformed)
        .filter(v -> v.node() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING
            && s.tag().isEmpty() && !looksLikeJsonata(s.text()))
        .ifPresent(v -> {
          String written = ((ScalarNode) v.node()).text();
          findings.report(v.node(), "JitterStrategy of %s must be FULL or NONE; found \"%s\".%s",
              of, written, SimilarNames.hint(written, JITTER_NAMES));
        });
  }

  /** A {@code {% ... %}} string: an expression, never judged here. */
  private static boolean looksLikeJsonata(String text) {
    String trimmed = text.strip();
    return trimmed.startsWith("{%") && trimmed.endsWith("%}");
  }

  /** The field, when it holds a value of its type (not a placeholder, expression or malformed). */
  private static <T> Optional<FieldValue<T>> known(Optional<FieldValue<T>> field) {
    return field.filter(FieldValue::isValue);
  }
}
