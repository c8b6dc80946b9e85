package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.MapFields;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Node;
import java.util.Optional;

@LintRule(
    id = "ASL041",
    name = "DistributedMapInExpress",
    severity = Severity.ERROR,
    summary = "An Express workflow contains a Distributed Map.",
    description = "A Distributed Map starts a Map Run of child executions and waits for it, as a "
        + "Run a Job (.sync) integration waits for its job; Express workflows support only "
        + "Request Response and run at most five minutes. Distributed Maps belong in Standard "
        + "workflows, which may run their items as Express child executions.",
    tags = {"correctness", "express"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html"
    },
    help = """
        ## What it finds
        A `Map` state whose `ItemProcessor.ProcessorConfig.Mode` is `DISTRIBUTED` in a scope
        that runs as an Express workflow: the state machine when its type is `EXPRESS`, or the
        item processor of another Distributed Map whose `ExecutionType` is `EXPRESS`. The
        message says where the type comes from.

        ## Why it matters
        A Distributed Map runs each item as a child workflow execution and waits for all of
        them — a job the parent waits on, the Run a Job pattern that Express workflows do not
        support. Step Functions rejects such a definition. To process many items from an Express
        workflow, use an inline Map; to use a Distributed Map, make the parent Standard and run
        the items as `EXPRESS` children.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Import:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Each row
                States:
                  Each row:
                    Type: Map
                    ItemProcessor:
                      ProcessorConfig:
                        Mode: DISTRIBUTED
                        ExecutionType: EXPRESS
                      StartAt: Store
                      States:
                        Store:
                          Type: Pass
                          End: true
                    End: true
        ```

        ## Fix
        Make the parent Standard (its items still run as Express child executions):
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Import:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: STANDARD
              Definition:
                StartAt: Each row
                States:
                  Each row:
                    Type: Map
                    ItemProcessor:
                      ProcessorConfig:
                        Mode: DISTRIBUTED
                        ExecutionType: EXPRESS
                      StartAt: Store
                      States:
                        Store:
                          Type: Pass
                          End: true
                    End: true
        ```
        """)
public final class DistributedMapInExpress implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isExpress(scope)) {
        continue;
      }
      for (State state : scope.states()) {
        Optional<MapFields> map = state.map().filter(MapFields::isDistributed);
        if (map.isEmpty()) {
          continue;
        }
        Node at = map.get().mode().map(mode -> (Node) mode.node()).orElse(state.nameNode());
        findings.report(at, "Map state \"%s\" runs in DISTRIBUTED mode, but a Distributed Map "
                + "waits for a Map Run of child executions, which Express workflows cannot do, "
                + "and %s. Step Functions rejects the definition; use an inline Map, or a "
                + "Standard parent.", state.name(), TypeText.runsAs(scope));
      }
    }
  }
}
