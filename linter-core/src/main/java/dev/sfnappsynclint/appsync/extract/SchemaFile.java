package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.appsync.AppSyncPrelude;
import dev.sfnappsynclint.appsync.ParsedSchemaSource;
import dev.sfnappsynclint.appsync.SchemaSource;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.lint.InputFile;
import graphql.Directives;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.EnumTypeExtensionDefinition;
import graphql.language.InputObjectTypeExtensionDefinition;
import graphql.language.InterfaceTypeExtensionDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeExtensionDefinition;
import graphql.language.SchemaExtensionDefinition;
import graphql.language.UnionTypeExtensionDefinition;
import graphql.language.DirectiveDefinition;
import graphql.language.Node;
import graphql.schema.idl.ScalarInfo;
import graphql.language.SchemaDefinition;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code .graphql}/{@code .gql} file, parsed once per run and kept with the file: its parsed
 * text, the names it declares and the names it uses without declaring (what a sibling file of a
 * multi-file schema provides).
 *
 * @param parsed empty when the file cannot be read
 * @param declares type names, {@code @directive} names, and {@code schema}
 * @param needs names used but declared neither here, nor by GraphQL, AppSync or Amplify
 */
record SchemaFile(InputFile file, Optional<ParsedSchemaSource> parsed, Set<String> declares,
    Set<String> needs) {

  static final Set<String> EXTENSIONS = Set.of(".graphql", ".gql");

  /**
   * What AppSync and Amplify declare: never a name a sibling file has to provide. Parsed on
   * first use, not when discovery asks for {@link #EXTENSIONS}: a run without GraphQL files
   * loads no GraphQL parser.
   */
  private static final class Prelude {
    static final Set<String> NAMES = AppSyncPrelude.names(SchemaProfile.AMPLIFY);
  }

  static boolean hasSchemaName(InputFile file) {
    return hasSchemaName(file.lowerCaseName());
  }

  static boolean hasSchemaName(String lowerCaseName) {
    return EXTENSIONS.stream().anyMatch(lowerCaseName::endsWith);
  }

  /** The file's reading, parsed at most once per run. */
  static SchemaFile of(InputFile file) {
    return file.derived(SchemaFile.class, SchemaFile::read);
  }

  private static SchemaFile read(InputFile file) {
    if (file.source().isEmpty()) {
      return new SchemaFile(file, Optional.empty(), Set.of(), Set.of());
    }
    ParsedSchemaSource parsed = ParsedSchemaSource.parse(SchemaSource.of(file.source().get()));
    Set<String> declares = new LinkedHashSet<>();
    for (Definition<?> definition : parsed.definitions()) {
      if (definition instanceof TypeDefinition<?> type && !isExtension(type)) {
        declares.add(type.getName());
      } else if (definition instanceof DirectiveDefinition directive) {
        declares.add("@" + directive.getName());
      } else if (definition instanceof SchemaDefinition && !isExtension(definition)) {
        declares.add("schema");
      }
    }
    Set<String> prelude = Prelude.NAMES;
    Set<String> needs = new LinkedHashSet<>();
    ArrayDeque<Node<?>> pending = new ArrayDeque<>();
    for (Definition<?> definition : parsed.definitions()) {
      pending.add(definition);
    }
    while (!pending.isEmpty()) {
      Node<?> node = pending.poll();
      String name = null;
      if (node instanceof TypeName reference) {
        name = reference.getName();
      } else if (node instanceof Directive directive) {
        name = Directives.isBuiltInDirective(directive.getName()) ? null
            : "@" + directive.getName();
      } else if (node instanceof TypeDefinition<?> type && isExtension(type)) {
        name = type.getName();
      }
      if (name != null && !declares.contains(name) && !prelude.contains(name)
          && !ScalarInfo.isGraphqlSpecifiedScalar(name)) {
        needs.add(name);
      }
      for (Node<?> child : node.getChildren()) {
        pending.add(child);
      }
    }
    return new SchemaFile(file, Optional.of(parsed), Set.copyOf(declares), Set.copyOf(needs));
  }

  /** Whether the file is a schema (or a part of one), rather than a client's operations. */
  boolean isSchema() {
    return parsed.map(p -> p.hasTypeSystemDefinitions()
        || (p.problem().isPresent() && hasTokens(p.source().text()))).orElse(true);
  }

  /** Whether a text has anything but white space and comments. */
  private static boolean hasTokens(String text) {
    for (String line : text.split("\\R")) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#") && !stripped.equals("\uFEFF")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the file parsed. */
  boolean parses() {
    return parsed.map(p -> p.document().isPresent()).orElse(false);
  }


  private static boolean isExtension(Node<?> node) {
    return node instanceof ObjectTypeExtensionDefinition
        || node instanceof InterfaceTypeExtensionDefinition
        || node instanceof UnionTypeExtensionDefinition
        || node instanceof EnumTypeExtensionDefinition
        || node instanceof InputObjectTypeExtensionDefinition
        || node instanceof ScalarTypeExtensionDefinition
        || node instanceof SchemaExtensionDefinition;
  }
}
