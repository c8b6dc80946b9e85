package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.asl.IntegrationCatalog;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.asl.TaskResource;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import dev.sfnappsynclint.source.TextEdit;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "ASL071",
    name = "UnknownTaskResource",
    severity = Severity.ERROR,
    summary = "A Task's Resource is not a Lambda function, an activity or an integration Step "
        + "Functions knows.",
    description = "A Task's Resource must be a well-formed Lambda function ARN, an activity "
        + "ARN, or arn:aws:states:::SERVICE:ACTION naming an optimised integration, the HTTP "
        + "Task or an AWS SDK integration (aws-sdk:SERVICE:ACTION). Anything else — a malformed "
        + "ARN, an optimised service that does not exist, an action the optimised integration "
        + "does not have — is rejected when the state machine is created.",
    tags = {"correctness"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html"
    },
    help = """
        ## What it finds
        A Task `Resource` that is
        - not an ARN Step Functions runs: a Lambda function ARN
          (`arn:aws:lambda:REGION:ACCOUNT:function:NAME[:VERSION_OR_ALIAS]`), an activity ARN
          (`arn:aws:states:REGION:ACCOUNT:activity:NAME`) or an integration
          (`arn:aws:states:::...`, without Region and account);
        - an integration of a service that has no optimised integration
          (`arn:aws:states:::s3:getObject` — use `arn:aws:states:::aws-sdk:s3:getObject`);
        - an action an optimised integration does not have: the optimised DynamoDB
          integration has only `getItem`, `putItem`, `updateItem` and `deleteItem`, so
          `arn:aws:states:::dynamodb:query` is rejected (use `aws-sdk:dynamodb:query`).

        The table of optimised integrations is written from the AWS page *Integrating
        optimized services with Step Functions*. For services whose list of actions the
        linter is not sure of (Bedrock, CodeBuild, EKS, EMR, SageMaker AI) only the service
        is checked. `${placeholder}` values, template intrinsics and AWS SDK integrations of
        any service are accepted.

        ## Why it matters
        Step Functions validates the resource when the state machine is created or updated
        and rejects the definition ("Resource ... is not a valid ..."); the deployment fails.

        ## Example
        ```json
        {
          "StartAt": "Find orders",
          "States": {
            "Find orders": {
              "Type": "Task",
              "Resource": "arn:aws:states:::dynamodb:query",
              "Parameters": {
                "TableName": "Orders",
                "KeyConditionExpression": "pk = :pk",
                "ExpressionAttributeValues": { ":pk": { "S.$": "$.customerId" } }
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Call the action through the AWS SDK integration:
        ```json
        {
          "StartAt": "Find orders",
          "States": {
            "Find orders": {
              "Type": "Task",
              "Resource": "arn:aws:states:::aws-sdk:dynamodb:query",
              "Parameters": {
                "TableName": "Orders",
                "KeyConditionExpression": "pk = :pk",
                "ExpressionAttributeValues": { ":pk": { "S.$": "$.customerId" } }
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class UnknownTaskResource implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      Optional<TaskResource> found = state.task().flatMap(TaskFields::resource);
      if (found.isEmpty()) {
        continue;
      }
      TaskResource resource = found.get();
      String text = resource.text().orElse("");
      switch (resource.kind()) {
        case UNKNOWN -> malformed(text).ifPresent(
            why -> findings.report(resource.node(), "Resource \"%s\" of Task \"%s\" is not a "
                + "resource Step Functions accepts: %s", text, state.name(), why));
        case SERVICE_INTEGRATION -> unknownIntegration(resource).ifPresent(why -> {
          Findings.Reported reported = findings.report(resource.node(), "Resource \"%s\" of "
              + "Task \"%s\" is not a valid integration: %s", text, state.name(), why);
          replacement(resource).filter(r -> machine.asWritten(resource.node()) == resource.node()
                  && machine.isWrittenAsTree() && resource.node().isString())
              .ifPresent(r -> reported.fix("Use " + r, List.of(new TextEdit(
                  resource.node().location().path(), resource.node().range(),
                  WrittenScalar.quotedLike(resource.node(), r)))));
        });
        default -> { }
      }
    }
  }

  /** Why an unrecognised string is not a resource; empty where the linter cannot tell. */
  private static Optional<String> malformed(String text) {
    if (text.startsWith("{%") && text.endsWith("%}")) {
      return Optional.empty();
    }
    if (!text.startsWith("arn:")) {
      return Optional.of("a Task's Resource is an ARN (a Lambda function, an activity, or "
          + "arn:aws:states:::SERVICE:ACTION for an integration).");
    }
    List<String> parts = TaskResource.splitArn(text);
    String service = parts.size() > 2 ? parts.get(2) : "";
    if (service.equals("lambda")) {
      return Optional.of("a Lambda function ARN is "
          + "arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME, optionally followed by "
          + ":VERSION or :ALIAS.");
    }
    if (service.equals("states")) {
      boolean integration = parts.size() > 4 && parts.get(3).isEmpty() && parts.get(4).isEmpty();
      if (integration) {
        return Optional.of("an integration is arn:aws:states:::SERVICE:ACTION or "
            + "arn:aws:states:::aws-sdk:SERVICE:ACTION, optionally followed by .sync, .sync:2 "
            + "or .waitForTaskToken.");
      }
      if (parts.size() > 5 && parts.get(5).equals("stateMachine")) {
        return Optional.of("a Task starts another state machine through the integration "
            + "arn:aws:states:::states:startExecution (with .sync:2 to wait for it), with the "
            + "state machine's ARN in StateMachineArn.");
      }
      return Optional.of("an activity ARN is arn:PARTITION:states:REGION:ACCOUNT:activity:NAME, "
          + "and an integration is arn:aws:states:::SERVICE:ACTION, without Region and account.");
    }
    return Optional.of("a Task runs a Lambda function (arn:PARTITION:lambda:...), an activity "
        + "(arn:PARTITION:states:REGION:ACCOUNT:activity:NAME) or an integration "
        + "(arn:aws:states:::SERVICE:ACTION), not a resource of service \"" + service + "\".");
  }

  /** Why an optimised integration does not exist; empty when it does or the linter is unsure. */
  private static Optional<String> unknownIntegration(TaskResource resource) {
    String service = resource.service().orElse("");
    String action = resource.action().orElse("");
    Optional<IntegrationCatalog.Service> known = IntegrationCatalog.service(service);
    if (known.isEmpty()) {
      return Optional.of(String.format(java.util.Locale.ROOT, "\"%s\" has no optimised "
              + "integration.%s Call its API through the AWS SDK integration "
              + "arn:aws:states:::aws-sdk:%s:%s.", service,
          SimilarNames.closest(service, IntegrationCatalog.serviceNames())
              .map(s -> " Did you mean \"" + s + "\"?").orElse(""), service, action));
    }
    IntegrationCatalog.Service integration = known.get();
    if (!integration.certain() || integration.actions().containsKey(action)) {
      return Optional.empty();
    }
    String actions = String.join(", ", integration.actions().keySet());
    Optional<String> closest = SimilarNames.closest(action, integration.actions().keySet());
    if (closest.isPresent()) {
      return Optional.of(String.format(java.util.Locale.ROOT, "the optimised %s integration "
          + "has only %s. Did you mean \"%s\"?", integration.title(), actions, closest.get()));
    }
    return Optional.of(String.format(java.util.Locale.ROOT, "the optimised %s integration "
            + "has only %s. Other %s actions go through the AWS SDK integration "
            + "arn:aws:states:::aws-sdk:%s:%s.", integration.title(), actions,
        integration.title(), sdkName(service), action));
  }

  /**
   * The resource the finding's message suggests: the closest action of the same optimised
   * integration, else the AWS SDK integration of the action (for patterns it supports).
   */
  private static Optional<String> replacement(TaskResource resource) {
    String text = resource.text().orElse("");
    String service = resource.service().orElse("");
    String action = resource.action().orElse("");
    String written = ":::" + service + ":" + action;
    int at = text.indexOf(written);
    Optional<IntegrationCatalog.Service> known = IntegrationCatalog.service(service);
    if (at < 0 || known.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> closest = SimilarNames.closest(action, known.get().actions().keySet());
    String core;
    if (closest.isPresent()) {
      core = ":::" + service + ":" + closest.get();
    } else if (resource.pattern().filter(IntegrationCatalog.SDK_PATTERNS::contains).isPresent()) {
      core = ":::aws-sdk:" + sdkName(service) + ":" + action;
    } else {
      return Optional.empty();
    }
    return Optional.of(text.substring(0, at) + core + text.substring(at + written.length()));
  }

  /** The AWS SDK integration's name of an optimised service, where the two differ. */
  private static String sdkName(String service) {
    return switch (service) {
      case "elasticmapreduce" -> "emr";
      case "events" -> "eventbridge";
      case "states" -> "sfn";
      case "emr-containers" -> "emrcontainers";
      case "emr-serverless" -> "emrserverless";
      default -> service;
    };
  }
}
