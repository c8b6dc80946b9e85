package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.schema.SchemaViolation;
import dev.sfnappsynclint.rule.Findings;
import java.util.function.Function;

/** Reports the ASL schema violations of one kind: each schema-backed rule owns one kind. */
final class SchemaViolations {

  private SchemaViolations() {
  }

  static void report(StateMachine machine, Findings findings, SchemaViolation.Kind kind) {
    report(machine, findings, kind, SchemaViolation::message);
  }

  static void report(StateMachine machine, Findings findings, SchemaViolation.Kind kind,
      Function<SchemaViolation, String> message) {
    for (SchemaViolation violation : machine.schemaViolations()) {
      if (violation.kind() == kind) {
        findings.report(violation.node(), message.apply(violation));
      }
    }
  }
}
