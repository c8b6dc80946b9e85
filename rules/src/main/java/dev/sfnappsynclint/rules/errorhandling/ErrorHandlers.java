package dev.sfnappsynclint.rules.errorhandling;

import dev.sfnappsynclint.asl.ErrorHandler;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.State;
import java.util.List;
import java.util.Locale;

/** How the error-handling rules walk and name Retriers and Catchers. */
final class ErrorHandlers {

  private ErrorHandlers() {}

  /** A state's {@code Retry} and its {@code Catch}: two arrays, each scanned on its own. */
  static List<List<? extends ErrorHandler>> arraysOf(State state) {
    return List.of(state.retriers(), state.catchers());
  }

  /** "Retrier 2 of "Charge card"" (1-based, as people count). */
  static String describe(ErrorHandler handler, State state) {
    return handler.kind() + " " + (handler.index() + 1) + " of \"" + state.name() + "\"";
  }

  /** "retrier 2 of "Charge card"", for the middle of a sentence. */
  static String describeLower(ErrorHandler handler, State state) {
    return position(handler) + " of \"" + state.name() + "\"";
  }

  /** "retrier 2": where it is in its array, when the state is clear from the sentence. */
  static String position(ErrorHandler handler) {
    return handler.kind().toLowerCase(Locale.ROOT) + " " + (handler.index() + 1);
  }

  /** An ErrorEquals entry in a message: "Name", ${Placeholder}, or what it is instead. */
  static String quoted(FieldValue<String> entry) {
    return entry.isValue() ? '"' + entry.value().orElseThrow() + '"' : entry.toString();
  }

  /** "Retry" or "Catch": the field that holds the array. */
  static String field(ErrorHandler handler) {
    return handler.kind().equals("Retrier") ? "Retry" : "Catch";
  }
}
