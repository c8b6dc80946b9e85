package dev.sfnappsynclint.asl;

import java.util.Optional;

/**
 * How a Map state runs its item processor ({@code ItemProcessor.ProcessorConfig.Mode}): within
 * the execution, or as child workflow executions (a Distributed Map).
 */
public enum ProcessorMode {
  INLINE,
  DISTRIBUTED;

  static Optional<ProcessorMode> fromAslName(String name) {
    for (ProcessorMode mode : values()) {
      if (mode.name().equals(name)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
