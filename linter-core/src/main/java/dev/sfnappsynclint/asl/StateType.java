package dev.sfnappsynclint.asl;

import java.util.Optional;

/** The {@code Type} of a state. */
public enum StateType {
  TASK("Task"),
  PASS("Pass"),
  WAIT("Wait"),
  CHOICE("Choice"),
  PARALLEL("Parallel"),
  MAP("Map"),
  SUCCEED("Succeed"),
  FAIL("Fail");

  private final String aslName;

  StateType(String aslName) {
    this.aslName = aslName;
  }

  public String aslName() {
    return aslName;
  }

  public static Optional<StateType> fromAslName(String name) {
    for (StateType type : values()) {
      if (type.aslName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Types that end their scope by themselves and must have neither {@code Next} nor {@code End}. */
  public boolean isTerminalType() {
    return this == SUCCEED || this == FAIL;
  }

  /** Types that continue with exactly one of {@code Next} or {@code End}. */
  public boolean takesNextOrEnd() {
    return this != CHOICE && !isTerminalType();
  }
}
