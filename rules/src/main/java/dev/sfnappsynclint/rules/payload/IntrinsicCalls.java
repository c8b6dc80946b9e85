package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicExpression;
import dev.sfnappsynclint.asl.payload.DynamicValue;
import dev.sfnappsynclint.asl.payload.EvaluatedString;
import dev.sfnappsynclint.asl.payload.StatePayloads;
import java.util.ArrayList;
import java.util.List;

/** The intrinsic function calls of a machine's JSONPath states, for the ASL086-089 rules. */
record IntrinsicCalls(EvaluatedString value, IntrinsicExpression expression) {

  static List<IntrinsicCalls> in(StateMachine machine) {
    List<IntrinsicCalls> found = new ArrayList<>();
    for (EvaluatedString value : StatePayloads.of(machine).evaluatedStrings()) {
      if (value.value().form() == DynamicValue.Form.INTRINSIC) {
        found.add(new IntrinsicCalls(value, value.value().intrinsic().orElseThrow()));
      }
    }
    return found;
  }

  /** {@code "message.$" in Parameters of state "Notify"}. */
  String where() {
    return "\"" + value.field() + "\" in " + value.where();
  }
}
