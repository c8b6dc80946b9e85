package dev.sfnappsynclint.asl.variables;

import dev.sfnappsynclint.asl.intrinsic.IntrinsicArgument;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicCall;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicExpression;
import dev.sfnappsynclint.asl.path.JsonPath;
import java.util.ArrayList;
import java.util.List;

/**
 * The workflow variables a JSONPath-state value reads: a path that starts with {@code $name}
 * ({@code $order.id}) and every {@code $name} path argument of an intrinsic function
 * ({@code States.Format('{}', $order.id)}), read with the path and intrinsic parsers that the
 * syntax rules use, so that both agree on what a value says.
 */
public final class JsonPathVariableReads {

  /** One {@code $name} in the text, at {@code offset} (of the {@code $}). */
  public record Read(String name, int offset) {
  }

  private JsonPathVariableReads() {
  }

  /** The variables a path or intrinsic function call reads, in order. */
  public static List<Read> in(String text) {
    if (IntrinsicExpression.looksLikeCall(text)) {
      return inIntrinsic(text);
    }
    if (text.length() > 1 && text.charAt(0) == '$' && text.charAt(1) != '$') {
      JsonPath path = JsonPath.parse(text);
      if (path.isVariableReference()) {
        return path.variableName().map(name -> List.of(new Read(name, 0))).orElse(List.of());
      }
    }
    return List.of();
  }

  private static List<Read> inIntrinsic(String text) {
    IntrinsicExpression expression = IntrinsicExpression.parse(text);
    if (expression.call().isEmpty()) {
      return List.of();
    }
    List<Read> reads = new ArrayList<>();
    for (IntrinsicCall call : expression.call().get().allCalls()) {
      for (IntrinsicArgument argument : call.arguments()) {
        if (argument instanceof IntrinsicArgument.PathArgument path
            && path.path().isVariableReference()) {
          path.path().variableName()
              .ifPresent(name -> reads.add(new Read(name, path.start())));
        }
      }
    }
    reads.sort(java.util.Comparator.comparingInt(Read::offset));
    return reads;
  }
}
