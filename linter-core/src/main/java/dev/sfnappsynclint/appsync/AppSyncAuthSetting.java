package dev.sfnappsynclint.appsync;

import dev.sfnappsynclint.discovery.PathGlob;
import java.util.List;
import java.util.Optional;

/**
 * "Schemas matching this glob belong to an API with these modes", from the configuration's
 * {@code appsync} section.
 *
 * @param profile the dialect, when the configuration says; else the schema's content decides
 * @param origin where it was said, for messages: {@code .sfn-appsync-lint.yml:7}
 */
public record AppSyncAuthSetting(PathGlob schemas, AuthMode defaultAuthentication,
    List<AuthMode> additionalAuthentications, Optional<SchemaProfile> profile, String origin) {

  public AppSyncAuthSetting {
    additionalAuthentications = List.copyOf(additionalAuthentications);
  }

  public AuthConfiguration configuration() {
    return new AuthConfiguration(defaultAuthentication, additionalAuthentications, origin);
  }
}
