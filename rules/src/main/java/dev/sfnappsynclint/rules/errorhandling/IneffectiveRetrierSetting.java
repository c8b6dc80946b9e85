package dev.sfnappsynclint.rules.errorhandling;

import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.Retrier;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "ASL022",
    name = "IneffectiveRetrierSetting",
    severity = Severity.WARNING,
    summary = "A Retrier sets a field that cannot take effect: a wait or backoff setting with "
        + "MaxAttempts 0, or a MaxDelaySeconds that the interval never reaches or exceeds.",
    description = "With MaxAttempts 0 the error is never retried, so IntervalSeconds, "
        + "BackoffRate, MaxDelaySeconds and JitterStrategy do nothing. A MaxDelaySeconds not "
        + "greater than IntervalSeconds keeps the interval from ever growing, so the backoff does "
        + "nothing; with BackoffRate 1 the interval never grows, so a MaxDelaySeconds does "
        + "nothing. Each is usually a misunderstanding of how the retrier behaves.",
    tags = {"reliability", "error-handling"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"
    },
    help = """
        ## What it finds
        - a Retrier with `"MaxAttempts": 0` that also sets `IntervalSeconds`, `BackoffRate`,
          `MaxDelaySeconds` or `JitterStrategy` (one finding per Retrier, at the first such
          field);
        - a Retrier whose `MaxDelaySeconds` is not greater than its `IntervalSeconds` (1 when
          not written);
        - a Retrier with `"BackoffRate": 1` and a `MaxDelaySeconds`.

        Only literal values are compared: a `${placeholder}` left to deployment is never
        reported, and values out of range are ASL021's.

        ## Why it matters
        `MaxAttempts: 0` means the error "is never retried": the Retrier only stops the errors
        it names from reaching later Retriers. Wait and backoff settings next to it suggest the
        author expected retries that never happen. `MaxDelaySeconds` caps how far the interval
        grows by `BackoffRate`; when the cap is not above the first interval, the interval can
        never grow and the exponential backoff is switched off without a word; when the
        interval never grows (`BackoffRate: 1`), the cap has nothing to cap.

        ## Example
        ```json
        {
          "StartAt": "Resize image",
          "States": {
            "Resize image": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:resize",
              "Retry": [
                {
                  "ErrorEquals": ["ImageTooLarge"],
                  "MaxAttempts": 0,
                  "BackoffRate": 2
                },
                {
                  "ErrorEquals": ["Lambda.TooManyRequestsException"],
                  "IntervalSeconds": 10,
                  "MaxDelaySeconds": 5,
                  "MaxAttempts": 4
                }
              ],
              "End": true
            }
          }
        }
        ```

        ## Fix
        Drop the settings that cannot apply, and make the cap larger than the first interval:
        ```json
        {
          "StartAt": "Resize image",
          "States": {
            "Resize image": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:resize",
              "Retry": [
                {
                  "ErrorEquals": ["ImageTooLarge"],
                  "MaxAttempts": 0
                },
                {
                  "ErrorEquals": ["Lambda.TooManyRequestsException"],
                  "IntervalSeconds": 10,
                  "MaxDelaySeconds": 60,
                  "MaxAttempts": 4
                }
              ],
              "End": true
            }
          }
        }
        ```
        """)
public final class IneffectiveRetrierSetting implements AslRule {

  /** The fields that only matter when a retry happens. */
  private static final List<String> RETRY_ONLY_FIELDS =
      List.of("IntervalSeconds", "BackoffRate", "MaxDelaySeconds", "JitterStrategy");

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      for (Retrier retrier : state.retriers()) {
        if (value(retrier.maxAttempts()).filter(v -> v == 0).isPresent()) {
          checkNeverRetried(state, retrier, findings);
        } else {
          checkMaxDelay(state, retrier, findings);
        }
      }
    }
  }

  private static void checkNeverRetried(State state, Retrier retrier, Findings findings) {
    List<Member> ineffective = RETRY_ONLY_FIELDS.stream()
        .flatMap(name -> retrier.node().member(name).stream())
        .sorted(Comparator.comparing(m -> m.key().range().start()))
        .toList();
    if (ineffective.isEmpty()) {
      return;
    }
    List<String> names = ineffective.stream().map(Member::name).toList();
    String listed = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and "
            + names.get(names.size() - 1);
    Findings.Reported reported = findings.report(ineffective.get(0).key(), "%s of %s %s no "
        + "effect: MaxAttempts is 0, so the errors it names are never retried.", listed,
        ErrorHandlers.describeLower(retrier, state), names.size() == 1 ? "has" : "have");
    retrier.maxAttempts().ifPresent(m -> reported.related(m.node(), "MaxAttempts: 0"));
  }

  private static void checkMaxDelay(State state, Retrier retrier, Findings findings) {
    Optional<FieldValue<Long>> maxDelayField = retrier.maxDelaySeconds().filter(FieldValue::isValue);
    if (maxDelayField.isEmpty()) {
      return;
    }
    long maxDelay = maxDelayField.get().value().orElseThrow();
    if (maxDelay < 1 || maxDelay > InvalidRetryOrCatchValue.MAX_DELAY_SECONDS) {
      return;
    }
    Optional<FieldValue<Long>> intervalField = retrier.intervalSeconds();
    if (intervalField.isPresent() && !intervalField.get().isValue()) {
      return;
    }
    long interval = value(intervalField).orElse(1L);
    if (interval < 1 || interval > InvalidRetryOrCatchValue.MAX_INTERVAL_OR_ATTEMPTS) {
      return;
    }
    String of = ErrorHandlers.describeLower(retrier, state);
    if (maxDelay <= interval) {
      Findings.Reported reported = findings.report(maxDelayField.get().node(), "MaxDelaySeconds "
          + "of %s (%d) is not greater than IntervalSeconds (%d%s): the retry interval can never "
          + "grow, so the backoff has no effect.", of, maxDelay, interval,
          intervalField.isEmpty() ? ", the default" : "");
      intervalField.ifPresent(i -> reported.related(i.node(), "IntervalSeconds"));
      return;
    }
    Optional<FieldValue<BigDecimal>> rate = retrier.backoffRate().filter(FieldValue::isValue)
        .filter(r -> r.value().orElseThrow().compareTo(BigDecimal.ONE) == 0);
    rate.ifPresent(r -> findings.report(maxDelayField.get().node(), "MaxDelaySeconds of %s has no "
        + "effect: with BackoffRate 1 the retry interval never grows past IntervalSeconds (%d).",
        of, interval).related(r.node(), "BackoffRate: 1"));
  }

  private static Optional<Long> value(Optional<FieldValue<Long>> field) {
    return field.filter(FieldValue::isValue).flatMap(FieldValue::value);
  }
}
