package dev.sfnappsynclint.appsync;

import graphql.language.ArrayValue;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one auth computation of a schema. For each field: the modes its own auth directives admit,
 * else its type's, else the API's default mode. Then, for each mode, a breadth-first walk from
 * the root types along return types (through lists and non-null, from an interface or union to
 * every object type it can be) over the fields that certainly admit the mode, noting every field
 * whose returned types deny it. Iterative, O(modes × (types + fields)).
 *
 * <p>Where the default mode decides and the configuration is unknown, nothing is certain: such
 * fields are neither followed nor counted as denying, so every finding rests on what the schema
 * shows. The same holds for the fields of Amplify {@code @model} types and fields with
 * {@code @auth} rules, whose directives the Amplify CLI writes when it transforms the schema.
 */
public final class AuthModeResolver {

  private AuthModeResolver() {}

  public static AuthAnalysis resolve(TypeGraph graph, Optional<AuthConfiguration> configuration) {
    Map<String, FieldAuth> fields = new LinkedHashMap<>();
    Set<AuthMode> named = EnumSet.noneOf(AuthMode.class);
    for (SchemaObjectType type : graph.objects().values()) {
      FieldAuth typeLevel = auth(type.name(), type.directives(), FieldAuth.Source.TYPE);
      named.addAll(typeLevel.modes());
      boolean amplifyType = type.directives().stream().anyMatch(AuthModeResolver::isAmplifyAuth);
      for (FieldDefinition field : type.fields()) {
        FieldAuth own = auth(type.coordinate(field), field.getDirectives(), FieldAuth.Source.FIELD);
        named.addAll(own.modes());
        if (amplifyType
            || field.getDirectives().stream().anyMatch(AuthModeResolver::isAmplifyAuth)) {
          // Amplify's @auth rules become directives only when the CLI transforms the schema.
          fields.putIfAbsent(type.coordinate(field), new FieldAuth(type.coordinate(field),
              FieldAuth.Source.AMPLIFY, own.modes(), own.cognitoGroups(), own.directives()));
          continue;
        }
        FieldAuth effective = own.directives().isEmpty()
            ? (typeLevel.directives().isEmpty()
                ? new FieldAuth(type.coordinate(field), FieldAuth.Source.DEFAULT, Set.of(),
                    Map.of(), List.of())
                : new FieldAuth(type.coordinate(field), FieldAuth.Source.TYPE,
                    typeLevel.modes(), typeLevel.cognitoGroups(), typeLevel.directives()))
            : own;
        fields.putIfAbsent(effective.coordinate(), effective);
      }
    }
    Set<AuthMode> followed = configuration.map(AuthConfiguration::modes).orElse(named);
    Map<AuthMode, Map<String, AuthAnalysis.Step>> reached = new EnumMap<>(AuthMode.class);
    List<AuthDenial> denials = new ArrayList<>();
    for (AuthMode mode : AuthMode.values()) {
      if (followed.contains(mode)) {
        reached.put(mode, walk(graph, fields, mode, configuration, denials));
      }
    }
    return new AuthAnalysis(fields, followed, reached, denials);
  }

  /** Amplify's {@code @model} and {@code @auth}: the Amplify CLI decides the modes. */
  private static boolean isAmplifyAuth(Directive directive) {
    return directive.getName().equals("model") || directive.getName().equals("auth");
  }

  /** The auth modes a list of directives admits; empty directives when none is an auth one. */
  private static FieldAuth auth(String coordinate, List<Directive> directives,
      FieldAuth.Source source) {
    Set<AuthMode> modes = EnumSet.noneOf(AuthMode.class);
    Map<AuthMode, List<String>> groups = new EnumMap<>(AuthMode.class);
    List<Directive> auth = new ArrayList<>();
    for (Directive directive : directives) {
      Optional<AuthMode> mode = AuthMode.ofDirective(directive.getName());
      if (mode.isEmpty()) {
        continue;
      }
      auth.add(directive);
      modes.add(mode.get());
      Argument argument = directive.getArgument("cognito_groups");
      if (argument != null) {
        groups.computeIfAbsent(mode.get(), m -> new ArrayList<>())
            .addAll(strings(argument.getValue()));
      }
    }
    return new FieldAuth(coordinate, source, modes, groups, auth);
  }

  private static List<String> strings(Value<?> value) {
    List<String> out = new ArrayList<>();
    if (value instanceof StringValue string) {
      out.add(string.getValue());
    } else if (value instanceof ArrayValue array) {
      for (Value<?> element : array.getValues()) {
        if (element instanceof StringValue string) {
          out.add(string.getValue());
        }
      }
    }
    return out;
  }

  private static Map<String, AuthAnalysis.Step> walk(TypeGraph graph, Map<String, FieldAuth> fields,
      AuthMode mode, Optional<AuthConfiguration> configuration, List<AuthDenial> denials) {
    Map<String, AuthAnalysis.Step> steps = new LinkedHashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    for (String root : graph.roots()) {
      if (graph.objects().containsKey(root)
          && steps.putIfAbsent(root, new AuthAnalysis.Step(null, null)) == null) {
        queue.add(root);
      }
    }
    Set<String> partiallyReported = new HashSet<>();
    Map<String, List<FieldDefinition>> deniedCache = new HashMap<>();
    while (!queue.isEmpty()) {
      SchemaObjectType type = graph.objects().get(queue.poll());
      for (FieldDefinition field : type.fields()) {
        FieldAuth auth = fields.get(type.coordinate(field));
        if (auth == null || auth.admits(mode, configuration) != FieldAuth.Admission.YES) {
          continue;
        }
        String named = SchemaObjectType.namedType(field.getType());
        List<SchemaObjectType> targets = graph.concreteTypes(named);
        if (targets.isEmpty()) {
          continue;
        }
        List<SchemaObjectType> denying = new ArrayList<>();
        List<List<FieldDefinition>> denied = new ArrayList<>();
        List<SchemaObjectType> totals = new ArrayList<>();
        for (SchemaObjectType target : targets) {
          List<FieldDefinition> no = deniedCache.computeIfAbsent(target.name(),
              name -> denied(target, fields, mode, configuration));
          if (!no.isEmpty()) {
            denying.add(target);
            denied.add(no);
            if (no.size() == target.fields().size()) {
              totals.add(target);
            }
          }
        }
        if (!totals.isEmpty() && totals.size() == targets.size()) {
          denials.add(new AuthDenial(type, field, mode,
              AuthAnalysis.path(steps, type.name(), type.coordinate(field)), targets, denied,
              true));
        } else {
          for (int i = 0; i < denying.size(); i++) {
            if (partiallyReported.add(denying.get(i).name())) {
              denials.add(new AuthDenial(type, field, mode,
                  AuthAnalysis.path(steps, type.name(), type.coordinate(field)),
                  List.of(denying.get(i)), List.of(denied.get(i)), false));
            }
          }
        }
        for (SchemaObjectType target : targets) {
          if (!totals.contains(target)
              && steps.putIfAbsent(target.name(),
                  new AuthAnalysis.Step(type.name(), type.coordinate(field))) == null) {
            queue.add(target.name());
          }
        }
      }
    }
    return steps;
  }

  /** The fields of a type that certainly deny the mode. */
  private static List<FieldDefinition> denied(SchemaObjectType type, Map<String, FieldAuth> fields,
      AuthMode mode, Optional<AuthConfiguration> configuration) {
    List<FieldDefinition> no = new ArrayList<>();
    for (FieldDefinition field : type.fields()) {
      FieldAuth auth = fields.get(type.coordinate(field));
      if (auth != null && auth.admits(mode, configuration) == FieldAuth.Admission.NO) {
        no.add(field);
      }
    }
    return no;
  }

}
