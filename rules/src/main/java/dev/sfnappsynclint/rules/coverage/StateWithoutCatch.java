package dev.sfnappsynclint.rules.coverage;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.asl.TaskResource;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.RuleOptionSpec;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Node;
import java.util.Optional;

@LintRule(
    id = "ASL030",
    name = "StateWithoutCatch",
    severity = Severity.WARNING,
    summary = "Policy: every Task, Parallel and Map state (or those whose resource matches) has "
        + "a Catch.",
    description = "An error that no Catch handles fails the whole execution. Teams that want "
        + "every failure to reach a handler — to compensate, notify or record it — switch this "
        + "rule on; resourcePatterns narrows it to the integrations that need it.",
    tags = {"reliability", "error-handling", "policy"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    options = {
        @LintRule.Option(name = ResourcePatterns.OPTION, type = RuleOptionSpec.Type.STRING_LIST,
            description = ResourcePatterns.DESCRIPTION + "."),
        @LintRule.Option(name = "includeParallelAndMap", type = RuleOptionSpec.Type.BOOLEAN,
            description = "Parallel and Map states need a Catch too (they have no resource, so "
                + "`resourcePatterns` does not apply to them).", defaultValue = "true"),
        @LintRule.Option(name = "acceptEnclosingCatch", type = RuleOptionSpec.Type.BOOLEAN,
            description = "A state inside a Parallel branch or a Map item processor needs no "
                + "Catch of its own when an enclosing Parallel or Map state has one (its error "
                + "fails the branch or iteration, and reaches that Catch).",
            defaultValue = "false")
    },
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html"
    },
    help = """
        ## What it finds
        A Task, Parallel or Map state with no `Catch` (or an empty one). This is a policy rule,
        off by default: switch it on in the configuration.

        Options:

        * `resourcePatterns` — only Task states whose `Resource` matches one of the patterns
          need a Catch; empty (the default) means every Task. A pattern is either an **ARN
          prefix** starting with `arn:` (`arn:aws:states:::glue:` matches every Glue
          integration, `arn:aws:lambda:` every Lambda function ARN; the partition is ignored),
          or an **integration name** matched as a whole: `service:action`, with or without the
          suffix (`lambda:invoke` matches `arn:aws:states:::lambda:invoke`, its
          `.waitForTaskToken` form and Lambda function ARNs; `sns:publish` does not match
          `sns:publishBatch`), `aws-sdk:SERVICE:ACTION` for AWS SDK integrations,
          `activity:NAME` for activities. `*` matches any run of characters. A resource that
          is a whole `${placeholder}` the template does not resolve matches no pattern.
        * `includeParallelAndMap` (default `true`) — Parallel and Map states need a Catch too.
        * `acceptEnclosingCatch` (default `false`) — a state inside a Parallel branch or Map
          item processor is covered by a Catch of an enclosing Parallel or Map state.

        ```yaml
        rules:
          StateWithoutCatch:
            options:
              resourcePatterns: ["lambda:invoke", "arn:aws:states:::glue:*"]
              includeParallelAndMap: false
        ```

        ## Why it matters
        When a state fails and no Catch handles the error (after its Retry, if any), the
        execution fails: work done so far is not compensated and nobody is told, unless
        something watches failed executions. A Catch on each state that can fail sends the
        error to a handler in the workflow itself.

        ## Example
        ```yaml
        StartAt: Charge card
        States:
          Charge card:
            Type: Task
            Resource: arn:aws:states:::lambda:invoke
            Parameters:
              FunctionName: charge-card
              Payload.$: $
            ResultPath: $.charge
            End: true
        ```

        ## Fix
        ```yaml
        StartAt: Charge card
        States:
          Charge card:
            Type: Task
            Resource: arn:aws:states:::lambda:invoke
            Parameters:
              FunctionName: charge-card
              Payload.$: $
            ResultPath: $.charge
            Catch:
              - ErrorEquals: [States.ALL]
                ResultPath: $.error
                Next: Payment failed
            End: true
          Payment failed:
            Type: Fail
            Error: PaymentFailed
        ```
        """)
public final class StateWithoutCatch implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    ResourcePatterns patterns = ResourcePatterns.of(
        findings.options().strings(ResourcePatterns.OPTION));
    boolean parallelAndMap = findings.options().bool("includeParallelAndMap").orElse(true);
    boolean enclosing = findings.options().bool("acceptEnclosingCatch").orElse(false);
    for (State state : machine.states()) {
      Optional<StateType> type = state.type();
      if (type.isEmpty() || hasCatch(state) || (enclosing && enclosingCatch(state).isPresent())) {
        continue;
      }
      switch (type.get()) {
        case TASK -> {
          Optional<TaskResource> resource = state.task().flatMap(t -> t.resource());
          if (patterns.isEmpty()) {
            findings.report(state.nameNode(), "Task \"%s\" has no Catch: an error that no Retry "
                + "resolves fails %s. The policy wants every Task to handle its errors.",
                state.name(), whatFails(state));
          } else {
            resource.flatMap(patterns::match).ifPresent(pattern -> findings.report(
                state.nameNode(), "Task \"%s\" has no Catch: an error that no Retry "
                    + "resolves fails %s. The policy wants Tasks whose resource matches \"%s\" "
                    + "to handle their errors.", state.name(), whatFails(state), pattern)
                .related(resource.get().node(), "The resource that matches \"" + pattern
                    + "\""));
          }
        }
        case PARALLEL, MAP -> {
          if (parallelAndMap) {
            findings.report(state.nameNode(), "%s state \"%s\" has no Catch: an error in %s "
                + "that no Retry resolves fails %s. The policy wants Parallel and Map states "
                + "to handle their errors.", type.get().aslName(), state.name(),
                type.get() == StateType.MAP ? "an iteration" : "a branch", whatFails(state));
          }
        }
        default -> { }
      }
    }
  }

  /** What an unhandled error of the state fails: the execution, or the enclosing scope. */
  private static String whatFails(State state) {
    return state.scope().owner().isEmpty() ? "the whole execution" : state.scope().describe();
  }

  /**
   * A Catch with at least one Catcher; also a {@code Catch} that is not an array (malformed:
   * another rule's finding, not a missing Catch).
   */
  private static boolean hasCatch(State state) {
    Optional<Node> field = state.field("Catch");
    return field.isPresent() && !(field.get() instanceof ArrayNode array && array.size() == 0);
  }

  /** The nearest enclosing Parallel or Map state that has a Catch. */
  private static Optional<State> enclosingCatch(State state) {
    Scope scope = state.scope();
    while (scope.owner().isPresent()) {
      State owner = scope.owner().get();
      if (hasCatch(owner)) {
        return Optional.of(owner);
      }
      scope = owner.scope();
    }
    return Optional.empty();
  }
}
