package dev.sfnappsynclint.asl;

import java.util.Optional;

/** A Retrier's {@code JitterStrategy}. */
public enum JitterStrategy {
  FULL,
  NONE;

  static Optional<JitterStrategy> fromAslName(String name) {
    for (JitterStrategy strategy : values()) {
      if (strategy.name().equals(name)) {
        return Optional.of(strategy);
      }
    }
    return Optional.empty();
  }
}
