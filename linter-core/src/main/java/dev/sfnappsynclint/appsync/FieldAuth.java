package dev.sfnappsynclint.appsync;

import graphql.language.Directive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which auth modes a field admits, and why: its own auth directives; else its type's; else the
 * API's default mode. Once a field or its type has an auth directive, the default mode no
 * longer applies to it unless a directive names it too.
 *
 * @param modes the modes the directives admit (empty when the default applies)
 * @param cognitoGroups the {@code cognito_groups} of the Cognito directives, when given
 * @param directives the auth directives that decide (the field's, or its type's)
 */
public record FieldAuth(String coordinate, Source source, Set<AuthMode> modes,
    Map<AuthMode, List<String>> cognitoGroups, List<Directive> directives) {

  /**
   * Where the modes come from: the field's directives, its type's, the API's default mode, or
   * Amplify's {@code @auth} rules (on a {@code @model} type or a field), which the Amplify CLI
   * turns into directives the source schema does not show.
   */
  public enum Source { FIELD, TYPE, DEFAULT, AMPLIFY }

  public FieldAuth {
    modes = Set.copyOf(modes);
    cognitoGroups = Map.copyOf(cognitoGroups);
    directives = List.copyOf(directives);
  }

  /**
   * Whether a caller with the mode may read the field: MAYBE when the default decides and is
   * unknown, or Amplify's rules decide.
   */
  public Admission admits(AuthMode mode, Optional<AuthConfiguration> configuration) {
    if (source == Source.AMPLIFY) {
      return Admission.MAYBE;
    }
    if (source != Source.DEFAULT) {
      return modes.contains(mode) ? Admission.YES : Admission.NO;
    }
    if (configuration.isEmpty()) {
      return Admission.MAYBE;
    }
    return configuration.get().defaultMode() == mode ? Admission.YES : Admission.NO;
  }

  /** Whether AppSync auth directives decide, rather than the default mode or Amplify's rules. */
  public boolean explicit() {
    return source == Source.FIELD || source == Source.TYPE;
  }

  /** Yes, no, or unknown (the default mode decides and the configuration is not known). */
  public enum Admission { YES, NO, MAYBE }
}
