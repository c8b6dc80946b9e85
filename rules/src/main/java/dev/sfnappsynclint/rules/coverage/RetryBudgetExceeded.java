package dev.sfnappsynclint.rules.coverage;

import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.Retrier;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.RuleOptionSpec;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@LintRule(
    id = "ASL032",
    name = "RetryBudgetExceeded",
    severity = Severity.WARNING,
    summary = "Policy: the longest a state's retriers can wait in total stays within a budget "
        + "(budgetSeconds, 300 by default).",
    description = "Each retrier waits IntervalSeconds before its first retry, BackoffRate times "
        + "longer before each next one, capped by MaxDelaySeconds, for up to MaxAttempts "
        + "retries. Exponential backoff grows fast: 10 attempts at the defaults wait over 17 "
        + "minutes. The rule adds up the worst case of every retrier of a state and reports "
        + "a state whose total is over the budget.",
    tags = {"reliability", "retry", "policy"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    options = {
        @LintRule.Option(name = "budgetSeconds", type = RuleOptionSpec.Type.INTEGER,
            description = "The most, in seconds, that the retriers of one state may wait in "
                + "total between attempts.", defaultValue = "300")
    },
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-retrying-after-an-error",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-complex-retry-scenarios"
    },
    help = """
        ## What it finds
        A Task, Parallel or Map state whose retriers can wait longer in total than
        `budgetSeconds` (default 300). This is a policy rule, off by default: switch it on in
        the configuration.

        ```yaml
        rules:
          RetryBudgetExceeded:
            options:
              budgetSeconds: 600
        ```

        The worst case of one retrier is the sum of its waits: `IntervalSeconds` (default 1)
        before the first retry, multiplied by `BackoffRate` (default 2) for each next one,
        each wait capped by `MaxDelaySeconds`, over `MaxAttempts` (default 3) retries. Jitter
        only shortens waits and is ignored; so is the time the attempts themselves take.

        The bound of the state is the **sum** over its retriers, not the largest one. An error
        is retried by the first retrier that matches it, but each retrier keeps its own count
        across the state's attempts: when successive attempts fail with different errors,
        every retrier can use up all its attempts, one after the other (AWS's "complex retry
        scenarios"). A retrier whose error names all appear in earlier retriers can never
        match and is left out. A retrier with a `${placeholder}` value cannot be computed; the
        others still count, and the finding says the total is at least that much.

        The finding names the retrier that contributes most.

        ## Why it matters
        While a state retries, the execution waits: a request that should fail fast holds its
        caller, a Standard workflow's downstream work starts late, and an Express workflow
        (five minutes at most) can time out in the middle of its retries. A retry policy that
        can wait for hours is rarely what was meant — usually `MaxAttempts` was raised without
        a `MaxDelaySeconds`.

        ## Example
        ```json
        {
          "StartAt": "Publish event",
          "States": {
            "Publish event": {
              "Type": "Task",
              "Resource": "arn:aws:states:::events:putEvents",
              "Parameters": {
                "Entries": [
                  { "Source": "orders", "DetailType": "OrderPlaced", "Detail.$": "$" }
                ]
              },
              "Retry": [
                { "ErrorEquals": ["EventBridge.InternalException"], "IntervalSeconds": 2, "MaxAttempts": 10 }
              ],
              "End": true
            }
          }
        }
        ```

        ## Fix
        Cap each wait, or retry fewer times:
        ```json
        {
          "StartAt": "Publish event",
          "States": {
            "Publish event": {
              "Type": "Task",
              "Resource": "arn:aws:states:::events:putEvents",
              "Parameters": {
                "Entries": [
                  { "Source": "orders", "DetailType": "OrderPlaced", "Detail.$": "$" }
                ]
              },
              "Retry": [
                {
                  "ErrorEquals": ["EventBridge.InternalException"],
                  "IntervalSeconds": 2,
                  "MaxAttempts": 10,
                  "MaxDelaySeconds": 20,
                  "JitterStrategy": "FULL"
                }
              ],
              "End": true
            }
          }
        }
        ```
        """)
public final class RetryBudgetExceeded implements AslRule {

  private static final long DEFAULT_BUDGET_SECONDS = 300;

  @Override
  public void check(StateMachine machine, Findings findings) {
    long budget = findings.options().integer("budgetSeconds").orElse(DEFAULT_BUDGET_SECONDS);
    for (State state : machine.states()) {
      List<Retrier> retriers = state.retriers();
      if (retriers.isEmpty()) {
        continue;
      }
      double total = 0;
      boolean unknown = false;
      Retrier largest = null;
      double largestDelay = -1;
      Set<String> earlier = new HashSet<>();
      for (Retrier retrier : retriers) {
        boolean reachable = canMatch(retrier, earlier);
        retrier.errors().forEach(e -> e.value().ifPresent(earlier::add));
        if (!reachable) {
          continue;
        }
        Optional<Double> delay = retrier.worstCaseDelaySeconds();
        if (delay.isEmpty()) {
          unknown = true;
          continue;
        }
        total += delay.get();
        if (delay.get() > largestDelay) {
          largestDelay = delay.get();
          largest = retrier;
        }
      }
      if (total <= budget || largest == null) {
        continue;
      }
      Node at = state.node().member("Retry").<Node>map(Member::key).orElse(state.nameNode());
      findings.report(at, "The retriers of \"%s\" can wait %s%s in total between attempts, "
              + "over the budget of %s; Retry[%d] (%s) alone waits up to %s. Lower its "
              + "MaxAttempts, IntervalSeconds or BackoffRate, or set MaxDelaySeconds.",
              state.name(), unknown ? "at least " : "up to ", seconds(total), seconds(budget),
              largest.index(), errorNames(largest), seconds(largestDelay))
          .related(largest.node(), "Retry[" + largest.index() + "] waits up to "
              + seconds(largestDelay));
    }
  }

  /**
   * False when the retrier can never match: an earlier retrier has {@code States.ALL}, or every
   * error name it lists appears in earlier retriers (the first retrier that matches wins).
   */
  private static boolean canMatch(Retrier retrier, Set<String> earlier) {
    if (earlier.contains("States.ALL")) {
      return false;
    }
    List<FieldValue<String>> errors = retrier.errors();
    if (errors.isEmpty()) {
      return true;
    }
    for (FieldValue<String> error : errors) {
      if (error.value().isEmpty() || !earlier.contains(error.value().get())) {
        return true;
      }
    }
    return false;
  }

  private static String errorNames(Retrier retrier) {
    String names = retrier.errors().stream().map(FieldValue::toString)
        .collect(Collectors.joining(", "));
    return names.isEmpty() ? "no ErrorEquals" : names;
  }

  /** {@code 45 s}, {@code 1,023 s (17 min)}, {@code 36,000 s (10 h)}. */
  static String seconds(double value) {
    String number = value == Math.rint(value)
        ? String.format(Locale.ROOT, "%,d", (long) value)
        : String.format(Locale.ROOT, "%,.1f", value);
    String unit;
    if (value >= 2 * 86400) {
      unit = String.format(Locale.ROOT, " (%.0f days)", Math.floor(value / 86400));
    } else if (value >= 2 * 3600) {
      unit = String.format(Locale.ROOT, " (%.0f h)", Math.floor(value / 3600));
    } else if (value >= 120) {
      unit = String.format(Locale.ROOT, " (%.0f min)", Math.floor(value / 60));
    } else {
      unit = "";
    }
    return number + " s" + unit;
  }
}
