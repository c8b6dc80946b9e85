package dev.sfnappsynclint.config;

import dev.sfnappsynclint.source.Position;

/** The configuration is wrong: the message names the file, line and what was expected. */
public final class ConfigurationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient Position position;
  private final String problem;

  public ConfigurationException(String file, Position position, String problem) {
    super(file + (position == null ? "" : ":" + position.line() + ":" + position.column())
        + ": " + problem);
    this.file = file;
    this.position = position;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  public Position position() {
    return position;
  }

  public String problem() {
    return problem;
  }
}
