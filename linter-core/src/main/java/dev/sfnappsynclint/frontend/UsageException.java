package dev.sfnappsynclint.frontend;

/** A wrong option, parameter or configuration: the run does not start; exit code 2. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
