package dev.sfnappsynclint.cli;

/**
 * What the process writes to: a terminal gets code frames and colour, unless {@code NO_COLOR}
 * is set (https://no-color.org).
 */
record Terminal(boolean interactive, boolean noColorRequested) {

  static final Terminal NONE = new Terminal(false, false);

  static Terminal detect() {
    String noColor = System.getenv("NO_COLOR");
    return new Terminal(System.console() != null, noColor != null && !noColor.isEmpty());
  }
}
