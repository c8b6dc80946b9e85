package dev.sfnappsynclint.appsync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a run decides the auth configuration of a schema that no template in the linted tree
 * deploys: the configuration's globs, else the fallback from the command line
 * ({@code --appsync-default-auth}); else it is unknown. A setting of the lint request
 * ({@code request.setting(AppSyncSettings.class)}).
 */
public record AppSyncSettings(Optional<AuthConfiguration> fallback,
    List<AppSyncAuthSetting> byGlob) {

  public static final AppSyncSettings DEFAULT = new AppSyncSettings(Optional.empty(), List.of());

  public AppSyncSettings {
    byGlob = List.copyOf(byGlob);
  }

  /** The auth configuration of a schema file: the first glob that matches it, else the fallback. */
  public Optional<AuthConfiguration> forSchema(String displayPath) {
    return setting(displayPath).map(AppSyncAuthSetting::configuration).or(() -> fallback);
  }

  /** The dialect the configuration gives a schema file, if it gives one. */
  public Optional<SchemaProfile> profileFor(String displayPath) {
    return setting(displayPath).flatMap(AppSyncAuthSetting::profile);
  }

  private Optional<AppSyncAuthSetting> setting(String displayPath) {
    return byGlob.stream().filter(s -> s.schemas().matches(displayPath)).findFirst();
  }

  public AppSyncSettings withFallback(AuthConfiguration value) {
    return new AppSyncSettings(Optional.of(value), byGlob);
  }

  public AppSyncSettings withAssignments(List<AppSyncAuthSetting> more) {
    List<AppSyncAuthSetting> all = new ArrayList<>(byGlob);
    all.addAll(more);
    return new AppSyncSettings(fallback, all);
  }
}
