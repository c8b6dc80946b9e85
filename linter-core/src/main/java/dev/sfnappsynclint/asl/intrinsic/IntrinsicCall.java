package dev.sfnappsynclint.asl.intrinsic;

import java.util.List;

/**
 * A call of an intrinsic function such as {@code States.Format('{}', $.name)}.
 *
 * @param name the function's name as written ({@code States.Format})
 * @param nameEnd offset after the name
 * @param arguments the arguments in order
 * @param start offset of the name
 * @param end offset after the closing parenthesis
 */
public record IntrinsicCall(String name, int nameEnd, List<IntrinsicArgument> arguments,
    int start, int end) implements IntrinsicArgument {

  public IntrinsicCall {
    arguments = List.copyOf(arguments);
  }

  @Override
  public String description() {
    return "the result of " + name;
  }

  /** This call and every call nested in its arguments, outer before inner. */
  public List<IntrinsicCall> allCalls() {
    return IntrinsicArgument.callsIn(this);
  }
}
