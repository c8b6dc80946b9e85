package dev.sfnappsynclint.appsync;

import java.util.Locale;
import java.util.Optional;

/**
 * An AppSync authorization mode, as the API's configuration names it, with the schema directive
 * that admits it on a type or field.
 */
public enum AuthMode {
  API_KEY("aws_api_key"),
  AWS_IAM("aws_iam"),
  AMAZON_COGNITO_USER_POOLS("aws_cognito_user_pools"),
  OPENID_CONNECT("aws_oidc"),
  AWS_LAMBDA("aws_lambda");

  private final String directive;

  AuthMode(String directive) {
    this.directive = directive;
  }

  /** The directive's name without {@code @}: {@code aws_api_key}. */
  public String directive() {
    return directive;
  }

  /** The mode of a configuration value ({@code API_KEY}, any letter case). */
  public static Optional<AuthMode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The mode an auth directive admits: {@code @aws_auth} is the Cognito user pools directive
   * of APIs whose only mode is Cognito user pools.
   */
  public static Optional<AuthMode> ofDirective(String name) {
    if (name.equals("aws_auth")) {
      return Optional.of(AMAZON_COGNITO_USER_POOLS);
    }
    for (AuthMode mode : values()) {
      if (mode.directive.equals(name)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
