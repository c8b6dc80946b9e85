package dev.sfnappsynclint.appsync;

import dev.sfnappsynclint.naming.EditDistance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names of AppSync's auth and subscription directives, and which of them a name the schema
 * does not declare was probably meant to be ({@code @aws_cognito_user_pool}).
 */
public final class AuthDirectives {

  /** Every directive that admits an auth mode, {@code @aws_auth} included. */
  public static final List<String> AUTH = List.of("aws_api_key", "aws_iam", "aws_oidc",
      "aws_lambda", "aws_cognito_user_pools", "aws_auth");

  /** The directives a misspelling is compared with. */
  private static final List<String> KNOWN = List.of("aws_api_key", "aws_iam", "aws_oidc",
      "aws_lambda", "aws_cognito_user_pools", "aws_auth", "aws_subscribe", "aws_publish");

  private AuthDirectives() {}

  public static boolean isAuthDirective(String name) {
    return AUTH.contains(name);
  }

  /**
   * The AppSync directive an unknown name was probably meant to be: only names that start with
   * {@code aws} (any case, any separator), which no other library uses, so a custom directive
   * is never taken for a typo.
   */
  public static Optional<String> closest(String name) {
    String normalized = name.toLowerCase(Locale.ROOT).replace('-', '_');
    if (!normalized.startsWith("aws") || KNOWN.contains(name)) {
      return Optional.empty();
    }
    if (!normalized.startsWith("aws_")) {
      normalized = "aws_" + normalized.substring(3);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : KNOWN) {
      int distance = EditDistance.ignoringCase(normalized, known);
      if (known.startsWith(normalized) || normalized.startsWith(known)) {
        // A shortened or lengthened name: aws_cognito, aws_api_keys.
        distance = Math.min(distance, Math.abs(known.length() - normalized.length()) / 2);
      }
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, best == null ? 0 : best.length() / 3);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }
}
