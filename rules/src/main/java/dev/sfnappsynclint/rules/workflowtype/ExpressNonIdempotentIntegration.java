package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.asl.TaskResource;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.RuleOptionSpec;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.Optional;

@LintRule(
    id = "ASL049",
    name = "ExpressNonIdempotentIntegration",
    severity = Severity.NOTE,
    summary = "An Express workflow makes a call that has an effect each time it runs: an "
        + "asynchronous Express execution may run more than once.",
    description = "Asynchronous Express executions run at least once: an execution may be run "
        + "again, and then every call is made again. Putting a DynamoDB item without a "
        + "ConditionExpression, sending an SQS message or publishing to SNS without a "
        + "deduplication id, and putting EventBridge events do it twice. Make the call "
        + "idempotent (a condition or an idempotency key), or use a Standard workflow, which "
        + "runs exactly once.",
    tags = {"reliability", "express"},
    precision = Precision.MEDIUM,
    options = @LintRule.Option(name = "includeLambda", type = RuleOptionSpec.Type.BOOLEAN,
        description = "Also note Lambda invocations (whether a function is idempotent is not "
            + "visible in the definition)", defaultValue = "false"),
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/express-at-least-once-execution.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-express-synchronous.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html"
    },
    help = """
        ## What it finds
        In a state machine whose type is `EXPRESS` (the message says where the type comes
        from), a Task that calls:

        * `dynamodb:putItem` without `ConditionExpression`;
        * `sqs:sendMessage` without `MessageDeduplicationId`, to a queue whose URL (or the
          placeholder written for it) does not say `fifo` (a FIFO queue may deduplicate by
          content);
        * `sns:publish` without `MessageDeduplicationId`, to a topic whose ARN does not say
          `fifo`;
        * `events:putEvents` (EventBridge);
        * with the option `includeLambda: true`, a Lambda function.

        Both the optimized integrations and the AWS SDK ones (`aws-sdk:sqs:sendMessage`, ...)
        count. The child executions of a Distributed Map are not checked.

        ## Why it matters
        Asynchronous Express workflows have at-least-once execution semantics: "Idempotency is
        not automatically managed ... Can result in loss of internal workflow state if state
        machine logic is not idempotent" (AWS, *Execution guarantees*). A run that is repeated
        sends the message twice, publishes twice, or writes the item again over a change made in
        between. Synchronous Express executions run at most once, so this is a note: it
        matters when the workflow is started asynchronously (`StartExecution`, EventBridge).

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Notify:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Queue email
                States:
                  Queue email:
                    Type: Task
                    Resource: arn:aws:states:::sqs:sendMessage
                    Parameters:
                      QueueUrl: https://sqs.us-east-1.amazonaws.com/123456789012/emails
                      MessageBody.$: $
                    End: true
        ```

        ## Fix
        Deduplicate: a FIFO queue with a deduplication id taken from the input (or run the
        workflow as Standard):
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Notify:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Queue email
                States:
                  Queue email:
                    Type: Task
                    Resource: arn:aws:states:::sqs:sendMessage
                    Parameters:
                      QueueUrl: https://sqs.us-east-1.amazonaws.com/123456789012/emails.fifo
                      MessageBody.$: $
                      MessageGroupId: emails
                      MessageDeduplicationId.$: $.emailId
                    End: true
        ```
        """)
public final class ExpressNonIdempotentIntegration implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    boolean lambda = findings.options().bool("includeLambda").orElse(false);
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isExpress(scope) || scope.execution() != machine.rootScope()) {
        continue;
      }
      for (State state : scope.states()) {
        Optional<TaskResource> resource = state.task().flatMap(TaskFields::resource);
        if (resource.isEmpty()) {
          continue;
        }
        Optional<String> problem = problem(state, resource.get(), lambda);
        if (problem.isPresent()) {
          findings.report(resource.get().node(), "Task \"%s\" %s; %s, and an asynchronous "
                  + "Express execution may run more than once, making the call again. Give it "
                  + "an idempotency key or a condition, or use a Standard workflow.",
              state.name(), problem.get(), TypeText.runsAs(scope));
        }
      }
    }
  }

  private static Optional<String> problem(State state, TaskResource resource, boolean lambda) {
    if (resource.isLambda()) {
      return lambda ? Optional.of("invokes a Lambda function, which may not be idempotent")
          : Optional.empty();
    }
    if (!(resource.is(TaskResource.Kind.SERVICE_INTEGRATION)
        || resource.is(TaskResource.Kind.SDK_INTEGRATION))) {
      return Optional.empty();
    }
    String service = resource.service().orElse("");
    String action = resource.action().orElse("");
    Optional<ObjectNode> arguments = state.field("Parameters").or(() -> state.field("Arguments"))
        .filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    boolean opaque = state.field("Parameters").or(() -> state.field("Arguments")).isPresent()
        && arguments.isEmpty();
    if (opaque) {
      return Optional.empty();
    }
    switch (service + ":" + action) {
      case "dynamodb:putItem" -> {
        return has(arguments, "ConditionExpression") ? Optional.empty()
            : Optional.of("puts a DynamoDB item without a ConditionExpression");
      }
      case "sqs:sendMessage" -> {
        return has(arguments, "MessageDeduplicationId") || fifo(arguments, "QueueUrl")
            ? Optional.empty()
            : Optional.of("sends an SQS message without a MessageDeduplicationId");
      }
      case "sns:publish" -> {
        return has(arguments, "MessageDeduplicationId") || fifo(arguments, "TopicArn")
            ? Optional.empty()
            : Optional.of("publishes to SNS without a MessageDeduplicationId");
      }
      case "events:putEvents", "eventbridge:putEvents" -> {
        return Optional.of("puts EventBridge events, which are not deduplicated");
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static boolean has(Optional<ObjectNode> arguments, String name) {
    return arguments.filter(a -> a.has(name) || a.has(name + ".$")).isPresent();
  }

  /**
   * The queue or topic is FIFO, as far as its name tells: the literal (or the placeholder's
   * name) mentions "fifo". A FIFO queue may deduplicate by content, without an id.
   */
  private static boolean fifo(Optional<ObjectNode> arguments, String name) {
    return arguments.flatMap(a -> a.get(name)).flatMap(Node::asString)
        .filter(text -> text.toLowerCase(java.util.Locale.ROOT).contains("fifo")).isPresent();
  }
}
