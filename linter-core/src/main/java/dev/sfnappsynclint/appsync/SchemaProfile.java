package dev.sfnappsynclint.appsync;

import java.util.Locale;
import java.util.Optional;

/**
 * Which dialect a schema is written in: a schema AppSync receives as it is, or an Amplify
 * (Gen 1 / GraphQL Transformer) source schema with {@code @model} and {@code @auth}, which the
 * Amplify CLI turns into the AppSync schema.
 */
public enum SchemaProfile {
  APPSYNC,
  AMPLIFY;

  public static Optional<SchemaProfile> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
