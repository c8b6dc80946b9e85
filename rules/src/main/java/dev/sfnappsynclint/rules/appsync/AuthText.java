package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.appsync.FieldAuth;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import graphql.language.FieldDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How the auth rules word modes, lists and the API's configuration. */
final class AuthText {

  private AuthText() {}

  /** "The API: default API_KEY, additional AWS_IAM (from template.yaml:7)." */
  static String api(AppSyncSchema schema) {
    return schema.auth().map(c -> " The API: " + c.describe() + ".")
        .orElse(" The API's auth configuration is not known (see GQL009); this follows what the "
            + "directives show.");
  }

  static String modes(Collection<AuthMode> modes) {
    return modes.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }

  /** "a, b and c", at most {@code limit} of them, then "and N more". */
  static String list(List<String> items, int limit) {
    List<String> shown = new ArrayList<>(items.subList(0, Math.min(limit, items.size())));
    if (items.size() > limit) {
      shown.add((items.size() - limit) + " more");
    }
    if (shown.size() == 1) {
      return shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1)) + " and "
        + shown.get(shown.size() - 1);
  }

  /** The modes the fields of a type admit, as a message says it. */
  static String admittedBy(AppSyncSchema schema, SchemaObjectType type) {
    Set<AuthMode> modes = EnumSet.noneOf(AuthMode.class);
    boolean viaDefault = false;
    boolean amplify = false;
    for (FieldDefinition field : type.fields()) {
      FieldAuth auth = schema.authAnalysis().field(type.coordinate(field)).orElse(null);
      if (auth == null) {
        continue;
      }
      if (auth.explicit()) {
        modes.addAll(auth.modes());
      } else if (auth.source() == FieldAuth.Source.AMPLIFY) {
        amplify = true;
      } else if (schema.auth().isPresent()) {
        modes.add(schema.auth().get().defaultMode());
      } else {
        viaDefault = true;
      }
    }
    String named = modes(modes);
    if (amplify) {
      named = named.isEmpty() ? "what Amplify's @auth rules allow"
          : named + " and what Amplify's @auth rules allow";
    }
    if (viaDefault) {
      return named.isEmpty() ? "the default mode" : named + " and the default mode";
    }
    return named.isEmpty() ? "no mode" : named;
  }

  static boolean configures(AppSyncSchema schema, AuthMode mode) {
    return schema.auth().map(c -> c.configures(mode)).orElse(true);
  }
}
