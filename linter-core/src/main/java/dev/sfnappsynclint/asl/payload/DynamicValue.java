package dev.sfnappsynclint.asl.payload;

import dev.sfnappsynclint.asl.intrinsic.IntrinsicExpression;
import dev.sfnappsynclint.asl.path.JsonPath;
import java.util.Optional;

/**
 * The string value of a {@code name.$} field read as what Step Functions evaluates: a path
 * ({@code $...}), an intrinsic function call ({@code States.Name(...)}), a text holding a
 * template {@code ${Name}} placeholder (opaque until deployment), or neither.
 */
public final class DynamicValue {

  public enum Form { PATH, INTRINSIC, PLACEHOLDER, NEITHER }

  private final Form form;
  private final JsonPath path;
  private final IntrinsicExpression intrinsic;

  private DynamicValue(Form form, JsonPath path, IntrinsicExpression intrinsic) {
    this.form = form;
    this.path = path;
    this.intrinsic = intrinsic;
  }

  public static DynamicValue of(String text) {
    if (text.contains("${")) {
      return new DynamicValue(Form.PLACEHOLDER, null, null);
    }
    if (text.startsWith("$")) {
      return new DynamicValue(Form.PATH, JsonPath.parse(text), null);
    }
    if (IntrinsicExpression.looksLikeCall(text)) {
      return new DynamicValue(Form.INTRINSIC, null, IntrinsicExpression.parse(text));
    }
    return new DynamicValue(Form.NEITHER, null, null);
  }

  public Form form() {
    return form;
  }

  public Optional<JsonPath> path() {
    return Optional.ofNullable(path);
  }

  public Optional<IntrinsicExpression> intrinsic() {
    return Optional.ofNullable(intrinsic);
  }
}
