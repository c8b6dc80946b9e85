package dev.sfnappsynclint.rules.naming;

import dev.sfnappsynclint.asl.State;
import java.util.List;
import java.util.stream.Collectors;

/** Small pieces of message text shared by rules. */
public final class Sentences {

  private Sentences() {}

  public static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** {@code "Poll" → "Wait" → "Poll"}. */
  public static String path(List<State> states) {
    return states.stream().map(s -> '"' + s.name() + '"').collect(Collectors.joining(" → "));
  }
}
