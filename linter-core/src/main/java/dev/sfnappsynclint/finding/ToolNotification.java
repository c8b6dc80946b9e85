package dev.sfnappsynclint.finding;

import java.util.Comparator;

/**
 * Something about the run rather than about the code: a path that does not exist, a rule that
 * crashed, a named file that is not a state machine. An {@link Level#ERROR} means the tool
 * failed (exit code 2); the run still goes on with everything else.
 */
public record ToolNotification(Level level, String path, String ruleId, String message) {

  public enum Level { ERROR, WARNING }

  public static final Comparator<ToolNotification> ORDER =
      Comparator.comparing((ToolNotification n) -> n.path() == null ? "" : n.path())
          .thenComparing(n -> n.ruleId() == null ? "" : n.ruleId())
          .thenComparing(ToolNotification::message);

  @Override
  public String toString() {
    return (path == null ? "" : path + ": ") + message;
  }
}
