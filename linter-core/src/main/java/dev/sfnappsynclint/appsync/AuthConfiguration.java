package dev.sfnappsynclint.appsync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An AppSync API's authorization modes: the default, which types and fields without an auth
 * directive admit, and the additional ones, which only the directives admit; with where the
 * linter read them, so that a finding can say why it applies.
 *
 * @param origin for messages: {@code AuthenticationType of OrdersApi in template.yaml:12},
 *     {@code .sfn-appsync-lint.yml:7}, {@code --appsync-default-auth}
 */
public record AuthConfiguration(AuthMode defaultMode, List<AuthMode> additionalModes,
    String origin) {

  public AuthConfiguration {
    // The default listed again as an additional mode adds nothing.
    List<AuthMode> distinct = new ArrayList<>(new LinkedHashSet<>(additionalModes));
    distinct.remove(defaultMode);
    additionalModes = List.copyOf(distinct);
  }

  /** Every mode a caller can use: the default and the additional ones. */
  public Set<AuthMode> modes() {
    Set<AuthMode> modes = EnumSet.of(defaultMode);
    modes.addAll(additionalModes);
    return Collections.unmodifiableSet(modes);
  }

  public boolean configures(AuthMode mode) {
    return mode == defaultMode || additionalModes.contains(mode);
  }

  /** "default API_KEY, additional AWS_IAM (from template.yaml:12)". */
  public String describe() {
    return "default " + defaultMode
        + (additionalModes.isEmpty() ? ", no additional modes" : ", additional "
            + additionalModes.stream().map(Enum::name).collect(Collectors.joining(", ")))
        + " (from " + origin + ")";
  }
}
