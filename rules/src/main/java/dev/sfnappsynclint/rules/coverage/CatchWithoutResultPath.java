package dev.sfnappsynclint.rules.coverage;

import dev.sfnappsynclint.asl.Catcher;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.QueryLanguage;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.asl.Transition;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@LintRule(
    id = "ASL029",
    name = "CatchWithoutResultPath",
    severity = Severity.WARNING,
    summary = "A JSONPath Catcher without ResultPath replaces the state's input with the error, "
        + "but the state it goes to reads other fields of that input.",
    description = "Without ResultPath, a Catcher passes only the error output (Error and Cause) "
        + "to its Next state: the original input is gone. When the error handler then reads "
        + "$.orderId or any other field of the input, the path finds nothing and the handler "
        + "itself fails with States.Runtime — the recovery path breaks exactly when it is needed.",
    tags = {"reliability", "error-handling", "jsonpath"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html"
    },
    help = """
        ## What it finds
        A Catcher of a JSONPath Task, Parallel or Map state that has no `ResultPath`, when the
        state it names in `Next` needs more of its input than the error.

        The linter follows the error output from the Catcher's `Next` state and reports the
        Catcher when a state reads a path of its input other than `$` itself, `$.Error` and
        `$.Cause` (and fields a `ResultPath` on the way has added). The reads are the paths
        in `InputPath`, `ItemsPath`, `ErrorPath`, `CausePath`, `SecondsPath`,
        `TimestampPath`, `TimeoutSecondsPath`, `HeartbeatSecondsPath`, the `*.$` values of
        `Parameters` and `ItemSelector` (inside intrinsic functions too), and the Choice rules'
        `Variable` and `*Path` comparisons. Context paths (`$$.Execution.Input.orderId`) and
        variables are not the input and are fine. It follows on to the next state only while
        a state passes its input on (a Pass without `Result` or `Parameters`, Choice, Wait,
        or any state whose own `ResultPath` is `null` or adds a field); a Map state always
        counts as reading its input (it iterates over it), and a Parallel state's branches
        are followed when it has no `Parameters`.

        Not reported: a Catcher with any `ResultPath` (also `"$"` or `null`, which say what
        they mean), a handler that reads nothing or only the error — a `Fail` state, a
        notification that sends `$.Cause` — and JSONata states, whose Catchers use `Output`
        and `Assign` with `$states.errorOutput` instead. A JSONata state on the way stops the
        search.

        ## Why it matters
        By default a Catcher's output is the error output, `{"Error": ..., "Cause": ...}`, and
        nothing else. A handler written against the state's input — refund `$.payment.id`,
        mark `$.orderId` as failed — then finds no such field, and fails itself with
        `States.Runtime`: the execution fails in the error handler, with the original error
        lost. `"ResultPath": "$.error"` keeps the input and adds the error beside it.

        ## Example
        ```json
        {
          "StartAt": "Charge card",
          "States": {
            "Charge card": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "charge-card", "Payload.$": "$" },
              "Catch": [
                { "ErrorEquals": ["States.ALL"], "Next": "Cancel order" }
              ],
              "End": true
            },
            "Cancel order": {
              "Type": "Task",
              "Resource": "arn:aws:states:::dynamodb:updateItem",
              "Parameters": {
                "TableName": "orders",
                "Key": { "id": { "S.$": "$.orderId" } },
                "UpdateExpression": "SET #s = :failed",
                "ExpressionAttributeNames": { "#s": "status" },
                "ExpressionAttributeValues": { ":failed": { "S": "FAILED" } }
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Keep the input, and put the error beside it:
        ```json
        {
          "StartAt": "Charge card",
          "States": {
            "Charge card": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "charge-card", "Payload.$": "$" },
              "Catch": [
                { "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Cancel order" }
              ],
              "End": true
            },
            "Cancel order": {
              "Type": "Task",
              "Resource": "arn:aws:states:::dynamodb:updateItem",
              "Parameters": {
                "TableName": "orders",
                "Key": { "id": { "S.$": "$.orderId" } },
                "UpdateExpression": "SET #s = :failed",
                "ExpressionAttributeNames": { "#s": "status" },
                "ExpressionAttributeValues": { ":failed": { "S": "FAILED" } }
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class CatchWithoutResultPath implements AslRule {

  /** The fields of the error output. */
  private static final Set<String> ERROR_FIELDS = Set.of("Error", "Cause");

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      if (state.queryLanguage() != QueryLanguage.JSONPATH) {
        continue;
      }
      for (Catcher catcher : state.catchers()) {
        if (catcher.resultPath().isPresent()) {
          continue;
        }
        Optional<State> target = catcher.next().flatMap(FieldValue::value)
            .flatMap(name -> state.scope().state(name));
        if (target.isEmpty()) {
          continue;  // an unknown or missing Next is another rule's finding
        }
        firstReadBeyondTheError(target.get()).ifPresent(found -> findings.report(catcher.node(),
                "Catch[%d] of \"%s\" has no ResultPath, so the error output ({\"Error\", "
                + "\"Cause\"}) replaces the state's whole input; but %s %s. Add \"ResultPath\": "
                + "\"$.error\" to keep the input and put the error beside it.", catcher.index(),
                state.name(), describe(found, target.get()), found.problem())
            .related(found.read().node(), "\"" + found.state().name() + "\" reads "
                + found.read().path() + " here"));
      }
    }
  }

  /** A read of the input beyond the error, and the state that makes it. */
  private record Found(State state, InputReads.Read read, String problem) {}

  private static String describe(Found found, State target) {
    return found.state() == target
        ? "\"" + target.name() + "\", which handles the error,"
        : "\"" + found.state().name() + "\", which \"" + target.name() + "\" passes the error "
            + "on to,";
  }

  /** A state the error output reaches, with the top-level fields it has by then. */
  private record Visit(State state, Set<String> fields) {}

  /**
   * Follows the error output from the Catcher's target through the states that pass their
   * input on, and returns the first read of a field the error output does not have.
   */
  private static Optional<Found> firstReadBeyondTheError(State target) {
    ArrayDeque<Visit> pending = new ArrayDeque<>();
    Set<State> seen = new HashSet<>();
    pending.add(new Visit(target, ERROR_FIELDS));
    seen.add(target);
    while (!pending.isEmpty()) {
      Visit visit = pending.poll();
      State state = visit.state();
      if (state.queryLanguage() != QueryLanguage.JSONPATH || state.type().isEmpty()) {
        continue;
      }
      StateType type = state.type().get();
      Optional<Node> resultPath = state.field("ResultPath");
      Optional<Set<String>> passedOn = passesInputOn(state, type, resultPath, visit.fields());
      for (InputReads.Read read : InputReads.of(state.node(), passedOn.isPresent())) {
        if (!read.isWithin(visit.fields())) {
          return Optional.of(new Found(state, read, "reads " + read.path()
              + ", which the error output does not have"));
        }
      }
      if (type == StateType.MAP) {
        // A Map iterates over an array of its input; the error output is no array.
        Optional<InputReads.Read> items = itemsRead(state).filter(read -> read.firstField()
            .filter(field -> !ERROR_FIELDS.contains(field) && visit.fields().contains(field))
            .isEmpty());
        if (items.isPresent()) {
          return Optional.of(new Found(state, items.get(), "iterates over "
              + items.get().path() + ", which is no array in the error output"));
        }
      }
      if (type == StateType.PARALLEL && !state.node().has("Parameters")
          && !state.node().has("InputPath")) {
        for (Scope branch : state.branches()) {
          branch.start().filter(seen::add)
              .ifPresent(start -> pending.add(new Visit(start, visit.fields())));
        }
      }
      if (passedOn.isPresent()) {
        for (Transition transition : state.transitions()) {
          if (transition.kind() != Transition.Kind.CATCH) {
            transition.target().filter(seen::add)
                .ifPresent(next -> pending.add(new Visit(next, passedOn.get())));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The top-level fields of the state's output when it is its input passed on (with what its
   * {@code ResultPath} adds); empty when the state's output is something else (a task's
   * result, a Pass state's {@code Result}) or the state ends its scope.
   */
  private static Optional<Set<String>> passesInputOn(State state, StateType type,
      Optional<Node> resultPath, Set<String> fields) {
    if (type.isTerminalType() || state.hasEndTrue()) {
      return Optional.empty();
    }
    switch (type) {
      case CHOICE, WAIT:
        return Optional.of(fields);
      case PASS:
        if (!state.node().has("Result") && !state.node().has("Parameters")) {
          return Optional.of(fields);
        }
        break;
      default:
        break;
    }
    if (resultPath.isEmpty()) {
      return Optional.empty();  // the result replaces the input
    }
    Node path = resultPath.get();
    if (path instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.NULL) {
      return Optional.of(fields);  // the result is discarded, the input passed on
    }
    Optional<String> text = path.asString();
    if (text.isEmpty() || text.get().strip().equals("$")) {
      return Optional.empty();
    }
    List<InputReads.Read> parsed = new ArrayList<>();
    InputReads.scan((ScalarNode) path, parsed);
    if (parsed.isEmpty() || parsed.get(0).firstField().isEmpty()) {
      return Optional.empty();
    }
    Set<String> more = new HashSet<>(fields);
    more.add(parsed.get(0).firstField().get());
    return Optional.of(Set.copyOf(more));
  }

  /**
   * What a Map state iterates over: its {@code ItemsPath}, or its default {@code $} (then
   * pointing at the Map's {@code Type}); empty when the items come from an {@code ItemReader}
   * or the path cannot be read.
   */
  private static Optional<InputReads.Read> itemsRead(State map) {
    Optional<Node> itemsPath = map.field("ItemsPath");
    if (itemsPath.isPresent() && itemsPath.get() instanceof ScalarNode scalar
        && scalar.isString()) {
      List<InputReads.Read> reads = new ArrayList<>();
      InputReads.scan(scalar, reads);
      if (reads.isEmpty()) {
        return Optional.empty();  // a placeholder or something unreadable
      }
      return Optional.of(reads.get(0));
    }
    if (itemsPath.isPresent() || map.node().has("ItemReader")) {
      return Optional.empty();  // items come from elsewhere (S3), or the path is not a string
    }
    ScalarNode typeNode = map.node().member("Type").map(m -> m.value())
        .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).orElse(null);
    if (typeNode == null) {
      return Optional.empty();
    }
    return Optional.of(new InputReads.Read(typeNode, "$ (its default ItemsPath)",
        Optional.empty()));
  }
}
