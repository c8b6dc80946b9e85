package dev.sfnappsynclint.config;

import dev.sfnappsynclint.discovery.PathGlob;
import java.util.List;

/**
 * An AppSync API's authorization modes for the schemas matching a glob (read now, used by the
 * AppSync rules).
 */
public record AppSyncAuthSetting(PathGlob schemas, String defaultAuthentication,
    List<String> additionalAuthentications) {

  public AppSyncAuthSetting {
    additionalAuthentications = List.copyOf(additionalAuthentications);
  }
}
