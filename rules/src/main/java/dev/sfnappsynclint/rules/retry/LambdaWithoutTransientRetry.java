package dev.sfnappsynclint.rules.retry;

import dev.sfnappsynclint.asl.ErrorName;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.Retrier;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.asl.TaskResource;
import dev.sfnappsynclint.edit.TreeInsertions;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

@LintRule(
    id = "ASL027",
    name = "LambdaWithoutTransientRetry",
    severity = Severity.WARNING,
    summary = "A Task that invokes a Lambda function should retry the transient Lambda errors.",
    description = "Invoking Lambda occasionally fails for reasons that have nothing to do with the "
        + "function: a Lambda service error (Lambda.ServiceException, "
        + "Lambda.AWSLambdaException, Lambda.SdkClientException) or throttling "
        + "(Lambda.TooManyRequestsException). AWS recommends retrying them; without a retrier "
        + "the execution fails, or takes its error path, on the first one.",
    tags = {"reliability", "retry", "lambda"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html",
        "https://docs.aws.amazon.com/lambda/latest/dg/invocation-retries.html"
    },
    help = """
        ## What it finds
        A `Task` state that invokes a Lambda function — `arn:aws:states:::lambda:invoke` (with
        any integration pattern), a function ARN as the `Resource`, or a `${Name}` placeholder
        that the template's `DefinitionSubstitutions` replace with a function ARN or with
        `!GetAtt Fn.Arn` / `!Ref Fn` of a Lambda function resource — when no retrier retries
        one of these errors:

        * `Lambda.ServiceException`, `Lambda.AWSLambdaException`, `Lambda.SdkClientException`:
          transient Lambda service errors;
        * `Lambda.TooManyRequestsException`: Lambda throttled the invocation.

        A retrier retries an error when its `ErrorEquals` names it, or names `States.ALL` or
        `States.TaskFailed` (which match every error but `States.Timeout`), and it is the first
        retrier of the state to match the error, and its `MaxAttempts` is not 0. Tasks inside
        Parallel branches and Map item processors are checked like the others. A `Catch` does
        not count: it turns a transient failure into the error path instead of trying again.
        Retriers whose `ErrorEquals` is a `${placeholder}` are not guessed at: such a state is
        not reported.

        ## Why it matters
        Lambda occasionally fails an invocation for reasons of its own, and throttles
        invocations when a function or the account reaches its concurrency. The Step Functions
        best practices ask for a retrier for these errors; without one, the first transient
        error fails the execution (or sends it down its Catch), although the same invocation a
        second later would have worked.

        The retrier the finding suggests, and the fix inserts, retries these four errors with
        `IntervalSeconds` 1, `MaxAttempts` 3, `BackoffRate` 2 and `JitterStrategy` `FULL`
        (jitter spreads the retries of executions that were throttled together). The
        best-practice page shows
        `IntervalSeconds` 2 and `MaxAttempts` 6 and adds
        `Lambda.ClientExecutionTimeoutException`; any retrier that retries the four errors
        satisfies this rule. Retrying means the function may run twice for one step: keep its
        side effects idempotent.

        ## Example
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {
                "FunctionName": "arn:aws:lambda:eu-west-1:123456789012:function:charge",
                "Payload.$": "$"
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Add a retrier for the four errors (`--fix` adds this one, before any retrier that
        would match them first):
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {
                "FunctionName": "arn:aws:lambda:eu-west-1:123456789012:function:charge",
                "Payload.$": "$"
              },
              "Retry": [
                {
                  "ErrorEquals": [
                    "Lambda.ServiceException",
                    "Lambda.AWSLambdaException",
                    "Lambda.SdkClientException",
                    "Lambda.TooManyRequestsException"
                  ],
                  "IntervalSeconds": 1,
                  "MaxAttempts": 3,
                  "BackoffRate": 2,
                  "JitterStrategy": "FULL"
                }
              ],
              "End": true
            }
          }
        }
        ```
        """)
public final class LambdaWithoutTransientRetry implements AslRule {

  /** The transient errors AWS recommends retrying on a Lambda invocation, in this order. */
  static final List<String> TRANSIENT_ERRORS = List.of("Lambda.ServiceException",
      "Lambda.AWSLambdaException", "Lambda.SdkClientException",
      "Lambda.TooManyRequestsException");


  @Override
  public void check(StateMachine machine, Findings findings) {
    TreeInsertions insertions = TreeInsertions.in(machine.writtenRoot());
    // Most findings of a machine miss the same errors: their message tail and fix description
    // are written once.
    Map<List<String>, String[]> texts = new HashMap<>();
    for (State state : machine.states()) {
      Optional<TaskResource> resource = state.task().flatMap(TaskFields::resource);
      if (resource.isEmpty() || !resource.get().isLambda()) {
        continue;
      }
      Optional<Member> retry = state.node().member("Retry");
      if (retry.isPresent() && !(retry.get().value() instanceof ArrayNode)) {
        // A placeholder may stand for a whole policy; anything else is malformed, which the
        // structure rules report.
        continue;
      }
      if (state.retriers().stream().anyMatch(LambdaWithoutTransientRetry::hasUnknownErrors)) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      List<String> switchedOff = new ArrayList<>();
      OptionalInt insertAt = OptionalInt.empty();
      for (String error : TRANSIENT_ERRORS) {
        Optional<Retrier> first = firstRetrierMatching(state.retriers(), error);
        if (first.isPresent() && retries(first.get())) {
          continue;
        }
        missing.add(error);
        if (first.isPresent()) {
          switchedOff.add("Retry[" + first.get().index() + "]");
          int index = first.get().index();
          insertAt = OptionalInt.of(Math.min(index, insertAt.orElse(index)));
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      Map<String, Object> retrier = recommendedRetrier(missing);
      String[] text = texts.computeIfAbsent(missing, errors -> new String[] {
          (errors.size() == 1 ? "error " : "errors ") + list(errors),
          "; add the retrier " + json(recommendedRetrier(errors)) + ".",
          "Add a retrier for " + list(errors) + " (IntervalSeconds 1, MaxAttempts 3, "
              + "BackoffRate 2, JitterStrategy FULL)"});
      String message = "Task \"" + state.name() + "\" invokes a Lambda function, but no retrier "
          + "retries the transient Lambda " + text[0]
          + (switchedOff.isEmpty() ? "" : " (" + String.join(" and ",
              switchedOff.stream().distinct().toList()) + " matches first, with MaxAttempts 0)")
          + text[1];
      Findings.Reported reported = findings.report(state.nameNode(), message);
      // Rendered only if a report or --fix asks: a big machine can have thousands of these.
      fix(machine, state, retry, insertAt, retrier, insertions).ifPresent(edit ->
          reported.fix(text[2], () -> List.of(edit.get())));
    }
  }

  /** Whether a retrier's {@code ErrorEquals} matches an error, as Step Functions matches it. */
  private static boolean retrierMatches(Retrier retrier, String error) {
    for (FieldValue<String> name : retrier.errors()) {
      Optional<String> value = name.value();
      if (value.isPresent() && ErrorName.matches(value.get(), error)) {
        return true;
      }
    }
    return false;
  }

  /** Step Functions uses the first retrier whose {@code ErrorEquals} matches the error. */
  private static Optional<Retrier> firstRetrierMatching(List<Retrier> retriers, String error) {
    return retriers.stream().filter(r -> retrierMatches(r, error)).findFirst();
  }

  /** {@code MaxAttempts: 0} matches the error but never retries it; absent means 3. */
  private static boolean retries(Retrier retrier) {
    return retrier.maxAttempts().flatMap(FieldValue::value).map(n -> n != 0).orElse(true);
  }

  /** An {@code ErrorEquals} that is, or holds, a placeholder: what it matches is not known. */
  private static boolean hasUnknownErrors(Retrier retrier) {
    return retrier.errorEquals().map(e -> e.isPlaceholder()
        || e.value().orElse(List.of()).stream().anyMatch(FieldValue::isPlaceholder))
        .orElse(false);
  }

  static Map<String, Object> recommendedRetrier(List<String> errors) {
    Map<String, Object> retrier = new LinkedHashMap<>();
    retrier.put("ErrorEquals", List.copyOf(errors));
    retrier.put("IntervalSeconds", 1);
    retrier.put("MaxAttempts", 3);
    retrier.put("BackoffRate", 2);
    retrier.put("JitterStrategy", "FULL");
    return retrier;
  }

  /**
   * The edit that adds the retrier: into {@code Retry} before the first retrier that matches a
   * missing error (so the new one is the first to match it, and {@code States.ALL} stays last),
   * else at its end; or a new {@code Retry} member (see {@link #retryPosition}). None where
   * the definition is text inside a string, or the state or its {@code Retry} is a YAML alias.
   */
  private static Optional<Supplier<TextEdit>> fix(StateMachine machine, State state,
      Optional<Member> retry, OptionalInt insertAt, Map<String, Object> retrier,
      TreeInsertions insertions) {
    if (!machine.isWrittenAsTree()
        || state.node().range().start().compareTo(state.nameNode().range().end()) < 0) {
      return Optional.empty();
    }
    if (retry.isPresent()) {
      if (!TreeInsertions.writtenInPlace(retry.get())) {
        return Optional.empty();
      }
      ArrayNode array = (ArrayNode) retry.get().value();
      return insertions.elementInsertion(array, insertAt.orElse(array.size()), retrier);
    }
    return insertions.memberInsertion(state.node(), retryPosition(state.node()), "Retry",
        List.of(retrier));
  }

  /**
   * Where a new {@code Retry} goes, as the console writes a Task: before {@code Catch}, else
   * before a last {@code Next} or {@code End}, else last.
   */
  private static int retryPosition(ObjectNode node) {
    List<Member> members = node.members();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).name().equals("Catch")) {
        return i;
      }
    }
    int last = members.size() - 1;
    if (last > 0 && (members.get(last).name().equals("Next")
        || members.get(last).name().equals("End"))) {
      return last;
    }
    return members.size();
  }

  private static String list(List<String> errors) {
    if (errors.size() == 1) {
      return errors.get(0);
    }
    return String.join(", ", errors.subList(0, errors.size() - 1)) + " and "
        + errors.get(errors.size() - 1);
  }

  /** The retrier as one line of JSON, for the message. */
  private static String json(Map<String, Object> retrier) {
    List<String> members = new ArrayList<>();
    for (Map.Entry<String, Object> entry : retrier.entrySet()) {
      Object value = entry.getValue();
      String text = value instanceof List<?> list
          ? "[" + String.join(", ", list.stream().map(e -> "\"" + e + "\"").toList()) + "]"
          : value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
      members.add("\"" + entry.getKey() + "\": " + text);
    }
    return "{" + String.join(", ", members) + "}";
  }
}
