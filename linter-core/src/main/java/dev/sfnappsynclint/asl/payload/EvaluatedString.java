package dev.sfnappsynclint.asl.payload;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicExpression;
import dev.sfnappsynclint.asl.path.PathField;
import dev.sfnappsynclint.asl.path.PathFields;
import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A string of a JSONPath state that Step Functions evaluates as a path or an intrinsic function
 * call: the value of a {@code name.$} field of a payload template, or a Fail state's
 * {@code ErrorPath}/{@code CausePath} written as a call.
 *
 * @param field the field's name ({@code message.$}, {@code CausePath})
 * @param where where it is, for messages ({@code Parameters of state "Notify"})
 */
public record EvaluatedString(String field, String where, ScalarNode node, DynamicValue value) {

  /** Every evaluated string of a state, in document order; none for a JSONata state. */
  public static List<EvaluatedString> of(State state) {
    return of(PayloadTemplate.of(state), PathFields.of(state));
  }

  /** The evaluated strings among a state's payload templates and path fields. */
  static List<EvaluatedString> of(List<PayloadTemplate> templates, List<PathField> pathFields) {
    List<EvaluatedString> found = new ArrayList<>();
    for (PayloadTemplate template : templates) {
      String where = template.field() + " of " + template.where();
      for (TemplateMember member : template.members()) {
        if (member.isDynamic() && member.member().value() instanceof ScalarNode scalar
            && scalar.isString() && Intrinsic.of(scalar).isEmpty()) {
          found.add(new EvaluatedString(member.name(), where, scalar,
              DynamicValue.of(scalar.text())));
        }
      }
    }
    for (PathField field : pathFields) {
      if (field.kind() == PathField.Kind.REFERENCE_PATH_OR_INTRINSIC && !field.hasPlaceholder()
          && IntrinsicExpression.looksLikeCall(field.text())) {
        found.add(new EvaluatedString(field.field(), field.where(), field.node(),
            DynamicValue.of(field.text())));
      }
    }
    return found;
  }
}
