package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.appsync.FieldAuth;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.FieldDefinition;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@LintRule(
    id = "GQL011",
    name = "DefaultModeDropped",
    severity = Severity.WARNING,
    summary = "A field without auth directives (so, for the default mode) returns a type whose "
        + "auth directives no longer admit the default mode, unless they name it.",
    description = "A type or field without auth directives admits the API's default mode. Once "
        + "a type has an auth directive, the default mode applies to it only if a directive "
        + "names it too. When callers come with the default mode — through root fields and "
        + "fields without directives — and reach a type whose directives (or whose fields' "
        + "directives) name only other modes, they get Unauthorized for it unless the default "
        + "mode is one of those named. Reported when the API's configuration is not known; "
        + "with the configuration GQL001 and GQL002 report the denial itself.",
    tags = {"correctness", "appsync", "auth"},
    precision = Precision.MEDIUM,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        A field reached from a root type only through fields without auth directives, that has
        none itself, returning an object type whose every field is decided by auth directives
        (on the type or on each field). Only when the API's configuration is unknown (GQL009):
        the message names the modes the type admits, one of which the default mode has to be.

        ## Why it matters
        A common change: `@aws_api_key` is added to `Post` so that anonymous callers can read
        posts. The default mode (say Cognito user pools) stops applying to `Post`, and the
        signed-in users who read posts through `Query.getPost`, which has no directive, get
        `Unauthorized` from then on.

        ## Example
        ```graphql
        type Query {
          getPost(id: ID!): Post
          publicPost(id: ID!): Post @aws_api_key
        }

        type Post @aws_api_key {
          id: ID!
          title: String
        }
        ```

        ## Fix
        Name the default mode too (here Cognito user pools), or give the path its own directive:
        ```graphql
        type Query {
          getPost(id: ID!): Post @aws_cognito_user_pools
          publicPost(id: ID!): Post @aws_api_key
        }

        type Post @aws_api_key @aws_cognito_user_pools {
          id: ID!
          title: String
        }
        ```
        """)
public final class DefaultModeDropped implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    if (schema.auth().isPresent()) {
      return;
    }
    // Breadth-first from the root types over fields that admit only the default mode.
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    ArrayDeque<SchemaObjectType> queue = new ArrayDeque<>();
    for (String root : schema.graph().roots()) {
      schema.objectType(root).filter(t -> seen.add(t.name())).ifPresent(queue::add);
    }
    while (!queue.isEmpty()) {
      SchemaObjectType type = queue.poll();
      for (FieldDefinition field : type.fields()) {
        Optional<FieldAuth> auth = schema.authAnalysis().field(type.coordinate(field));
        if (auth.isEmpty() || auth.get().source() != FieldAuth.Source.DEFAULT) {
          continue;
        }
        for (SchemaObjectType target : schema.graph().concreteTypes(
            SchemaObjectType.namedType(field.getType()))) {
          Optional<Set<AuthMode>> explicit = explicitModes(schema, target);
          if (explicit.isPresent()) {
            if (reported.add(target.name())) {
              String coordinate = type.coordinate(field);
              findings.report(schema.location(field, coordinate), "%s has no auth directive, so its callers come with the API's "
                      + "default mode, but every field of %s is decided by auth directives, "
                      + "which admit %s: the default mode no longer applies to %s. Unless the "
                      + "default mode is %s, these callers get Unauthorized for %s; name the "
                      + "default mode on %s too, or give %s a directive.",
                  coordinate, target.name(), AuthText.modes(explicit.get()), target.name(),
                  explicit.get().size() == 1 ? AuthText.modes(explicit.get())
                      : "one of them", target.name(), target.name(), coordinate);
            }
          } else if (seen.add(target.name())) {
            queue.add(target);
          }
        }
      }
    }
  }

  /**
   * The modes a type admits when auth directives decide every one of its fields (its own or
   * the type's), else empty.
   */
  private static Optional<Set<AuthMode>> explicitModes(AppSyncSchema schema,
      SchemaObjectType type) {
    Set<AuthMode> modes = EnumSet.noneOf(AuthMode.class);
    if (type.fields().isEmpty()) {
      return Optional.empty();
    }
    for (FieldDefinition field : type.fields()) {
      Optional<FieldAuth> auth = schema.authAnalysis().field(type.coordinate(field));
      if (auth.isEmpty() || !auth.get().explicit()) {
        return Optional.empty();
      }
      modes.addAll(auth.get().modes());
    }
    return Optional.of(modes);
  }
}
