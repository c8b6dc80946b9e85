package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.DirectiveDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@LintRule(
    id = "GQL056",
    name = "UnusedType",
    severity = Severity.NOTE,
    summary = "A type that nothing refers to and that is no root type.",
    description = "graphql-schema-linter's defined-types-are-used rule: a type no field, "
        + "argument, input field, union or implemented interface of another type names, and "
        + "that is not the query, mutation or subscription type, cannot be reached by any "
        + "operation — usually left over after a refactoring. In an Amplify schema @model "
        + "types count as used (the Amplify CLI generates their queries). Off by default.",
    tags = {"style", "appsync", "hygiene"},
    precision = Precision.HIGH,
    enabledByDefault = false,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        A type the schema declares that no other type refers to and that is not a root
        operation type (nor, in an Amplify schema, a `@model`). Off by default; enable it with
        `rules: {GQL056: on}`.

        ## Why it matters
        Dead definitions make the schema longer to read and are still published through
        introspection and generated client code.

        ## Example
        ```graphql
        type Query {
          post(id: ID!): Post
        }

        type Post {
          id: ID!
        }

        type LegacyPost {
          id: ID!
        }
        ```

        ## Fix
        ```graphql
        type Query {
          post(id: ID!): Post
        }

        type Post {
          id: ID!
        }
        ```
        """)
public final class UnusedType implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    Set<String> used = new HashSet<>();
    schema.queryType().ifPresent(used::add);
    schema.mutationType().ifPresent(used::add);
    schema.subscriptionType().ifPresent(used::add);
    if (schema.profile() == SchemaProfile.AMPLIFY) {
      AmplifyModels.of(schema).stream().map(SchemaObjectType::name).forEach(used::add);
    }
    List<TypeDefinition<?>> all = new ArrayList<>(SchemaDeclarations.types(schema));
    all.addAll(SchemaDeclarations.extensions(schema));
    for (TypeDefinition<?> type : all) {
      for (Type<?> reference : references(type)) {
        String named = SchemaObjectType.namedType(reference);
        if (!named.equals(type.getName())) {
          used.add(named);
        }
      }
    }
    for (DirectiveDefinition directive : schema.registry().getDirectiveDefinitions().values()) {
      if (schema.declaredBySchema(directive)) {
        directive.getInputValueDefinitions().forEach(
            argument -> used.add(SchemaObjectType.namedType(argument.getType())));
      }
    }
    for (TypeDefinition<?> type : SchemaDeclarations.types(schema)) {
      if (!used.contains(type.getName())) {
        findings.report(schema.location(type, type.getName()), "Type %s is not used: no other "
            + "type refers to it and it is no root type. Remove it, or use it.", type.getName());
      }
    }
  }

  /** The types a definition names: field, argument and input field types, members, interfaces. */
  private static List<Type<?>> references(TypeDefinition<?> type) {
    List<Type<?>> references = new ArrayList<>();
    if (type instanceof ImplementingTypeDefinition<?> implementing) {
      implementing.getImplements().forEach(references::add);
      for (FieldDefinition field : implementing.getFieldDefinitions()) {
        references.add(field.getType());
        field.getInputValueDefinitions().forEach(argument -> references.add(argument.getType()));
      }
    } else if (type instanceof InputObjectTypeDefinition input) {
      for (InputValueDefinition field : input.getInputValueDefinitions()) {
        references.add(field.getType());
      }
    } else if (type instanceof UnionTypeDefinition union) {
      union.getMemberTypes().forEach(references::add);
    }
    return references;
  }
}
