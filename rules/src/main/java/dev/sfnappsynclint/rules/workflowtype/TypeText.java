package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.WorkflowType;

/** How the workflow-type rules say which type applies and where it came from. */
final class TypeText {

  private TypeText() {}

  /**
   * "the state machine runs as EXPRESS, from Type of Flow in template.yaml:7"; "the item
   * processor of Map state "Fan" runs as EXPRESS, from ExecutionType of Map state "Fan"".
   */
  static String runsAs(Scope scope) {
    return scope.describe() + " runs as " + scope.workflowType().describe();
  }

  static boolean isExpress(Scope scope) {
    return scope.workflowType().type() == WorkflowType.EXPRESS;
  }

  static boolean isStandard(Scope scope) {
    return scope.workflowType().type() == WorkflowType.STANDARD;
  }

  static String quoted(State state) {
    return '"' + state.name() + '"';
  }
}
