package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.ScalarNode;
import java.util.Optional;

/**
 * An edge of the state graph: a state name written in {@code Next}, {@code Default},
 * {@code Choices[].Next} or {@code Catch[].Next}.
 *
 * @param target the state it names, if its scope has one by that name
 */
public record Transition(Kind kind, State from, ScalarNode targetNode, Optional<State> target) {

  public enum Kind {
    NEXT("Next"),
    DEFAULT("Default"),
    CHOICE("Choices[].Next"),
    CATCH("Catch[].Next");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /** The field as the user wrote it. */
    public String field() {
      return field;
    }
  }

  public String targetName() {
    return targetNode.text();
  }

  public boolean isResolved() {
    return target.isPresent();
  }
}
