package dev.sfnappsynclint.asl.intrinsic;

/**
 * Something wrong with a call that parses: {@code start}/{@code end} are offsets in the text the
 * call was read from.
 */
public record IntrinsicProblem(Kind kind, String message, int start, int end) {

  public enum Kind {
    /** A name that is not one of {@link IntrinsicFunction}. */
    UNKNOWN_FUNCTION,
    /** Too few or too many arguments, or a literal argument of the wrong kind or value. */
    ARGUMENTS
  }
}
