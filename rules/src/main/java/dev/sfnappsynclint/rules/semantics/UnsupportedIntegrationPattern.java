package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.asl.IntegrationCatalog;
import dev.sfnappsynclint.asl.IntegrationPattern;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.asl.TaskResource;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@LintRule(
    id = "ASL072",
    name = "UnsupportedIntegrationPattern",
    severity = Severity.ERROR,
    summary = "A Task uses .sync, .sync:2 or .waitForTaskToken with an integration that does "
        + "not support it.",
    description = "Each optimised integration supports its own integration patterns: "
        + "dynamodb:putItem only Request Response, glue:startJobRun no .waitForTaskToken, "
        + "only states:startExecution has .sync:2, and AWS SDK integrations never .sync. "
        + "Step Functions rejects any other combination.",
    tags = {"correctness"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html"
    },
    help = """
        ## What it finds
        A Task `Resource` whose suffix (`.sync`, `.sync:2`, `.waitForTaskToken`) names an
        integration pattern its integration does not support, by the tables of the AWS page
        *Integrating optimized services with Step Functions*:
        - an AWS SDK integration (`aws-sdk:SERVICE:ACTION`) with `.sync` or `.sync:2` — SDK
          integrations support Request Response and `.waitForTaskToken` only;
        - an optimised action with a pattern it does not list: `dynamodb:putItem.sync`,
          `sqs:sendMessage.sync`, `glue:startJobRun.waitForTaskToken`,
          `lambda:invoke.sync`, `.sync:2` on anything but `states:startExecution`.

        Only integrations whose patterns the linter is sure of are checked.

        ## Why it matters
        Step Functions rejects the definition when it is created or updated.

        ## Example
        ```json
        {
          "StartAt": "Crawl",
          "States": {
            "Crawl": {
              "Type": "Task",
              "Resource": "arn:aws:states:::aws-sdk:glue:startCrawler.sync",
              "Parameters": { "Name": "sales" },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Start the crawler and poll for its state with `getCrawler`, or use an optimised
        integration that supports Run a Job:
        ```json
        {
          "StartAt": "Crawl",
          "States": {
            "Crawl": {
              "Type": "Task",
              "Resource": "arn:aws:states:::aws-sdk:glue:startCrawler",
              "Parameters": { "Name": "sales" },
              "End": true
            }
          }
        }
        ```
        """)
public final class UnsupportedIntegrationPattern implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      Optional<TaskResource> found = state.task().flatMap(TaskFields::resource);
      if (found.isEmpty() || !found.get().isIntegration() || found.get().pattern().isEmpty()) {
        continue;
      }
      TaskResource resource = found.get();
      IntegrationPattern pattern = resource.pattern().get();
      String service = resource.service().orElse("");
      String action = resource.action().orElse("");
      if (resource.is(TaskResource.Kind.SDK_INTEGRATION)) {
        if (!IntegrationCatalog.SDK_PATTERNS.contains(pattern)) {
          findings.report(resource.node(), "Task \"%s\" calls aws-sdk:%s:%s with %s, but AWS "
                  + "SDK integrations support only Request Response and .waitForTaskToken. "
                  + "Start the job and poll for its status instead.%s", state.name(), service,
              action, pattern.suffix(), optimisedHint(service, action));
        }
        continue;
      }
      Optional<IntegrationCatalog.Service> integration = IntegrationCatalog.service(service)
          .filter(IntegrationCatalog.Service::certain);
      Optional<Set<IntegrationPattern>> supported =
          integration.flatMap(s -> s.patterns(action));
      if (supported.isPresent() && !supported.get().contains(pattern)) {
        findings.report(resource.node(), "Task \"%s\" calls %s:%s with %s, which the "
                + "optimised %s integration does not support; %s:%s supports %s.", state.name(),
            service, action, describe(pattern), integration.get().title(), service, action,
            supported.get().stream().map(UnsupportedIntegrationPattern::describe)
                .collect(Collectors.joining(" and ")));
      }
    }
  }

  /** Where an optimised integration of the same action runs the job to completion. */
  private static String optimisedHint(String service, String action) {
    String optimised = switch (service) {
      case "emr" -> "elasticmapreduce";
      case "sfn" -> "states";
      case "eventbridge" -> "events";
      default -> service;
    };
    return IntegrationCatalog.service(optimised).flatMap(s -> s.patterns(action))
        .filter(p -> p.contains(IntegrationPattern.SYNC))
        .map(p -> " The optimised integration arn:aws:states:::" + optimised + ":" + action
            + ".sync waits for the job.")
        .orElse("");
  }

  private static String describe(IntegrationPattern pattern) {
    return pattern == IntegrationPattern.REQUEST_RESPONSE ? "Request Response"
        : pattern.suffix();
  }
}
