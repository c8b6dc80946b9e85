package dev.sfnappsynclint.appsync;

import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import graphql.GraphQLError;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.Node;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.SDLDefinition;
import graphql.language.SourceLocation;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaTypeChecker;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.errors.DirectiveIllegalArgumentTypeError;
import graphql.schema.idl.errors.DirectiveMissingNonNullArgumentError;
import graphql.schema.idl.errors.DirectiveUndeclaredError;
import graphql.schema.idl.errors.DirectiveUnknownArgumentError;
import graphql.schema.idl.errors.MissingTypeError;
import graphql.schema.idl.errors.QueryOperationMissingError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an {@link AppSyncSchema} from parsed sources: one registry of every file's definitions,
 * the prelude for the names the schema does not declare, then graphql-java's schema validation
 * (unknown types and directives, redefinitions, interfaces, argument values). What does not
 * parse or validate becomes a {@link SchemaProblem} at its file,
 * line and column, and the schema is still built from what does.
 */
public final class AppSyncSchemaLoader {

  /** A loaded schema and its problems. */
  public record Loaded(AppSyncSchema schema,
      List<SchemaProblem> problems) {}

  private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*\\[@\\d+:\\d+\\]");
  private static final Pattern MISSING_TYPE = Pattern.compile("'([^']+)' is not present");
  private static final Pattern UNDECLARED_DIRECTIVE =
      Pattern.compile("undeclared directive '([^']+)'");
  private static final Pattern DIRECTIVE_NAME = Pattern.compile("directive '([^']+)'");
  /** Types the Amplify transformer generates for @model types, which source schemas may use. */
  private static final Pattern AMPLIFY_GENERATED = Pattern.compile(
      "(Model|Searchable|Create|Update|Delete|AmplifyAI)[A-Z_]\\w*|\\w+Connection");

  /** The directives GraphQL declares for every schema. */
  private static final List<DirectiveDefinition> BUILT_IN_DIRECTIVES = List.of(
      graphql.Directives.DEPRECATED_DIRECTIVE_DEFINITION,
      graphql.Directives.SPECIFIED_BY_DIRECTIVE_DEFINITION,
      graphql.Directives.ONE_OF_DIRECTIVE_DEFINITION,
      graphql.Directives.INCLUDE_DIRECTIVE_DEFINITION,
      graphql.Directives.SKIP_DIRECTIVE_DEFINITION);

  private AppSyncSchemaLoader() {}

  /**
   * The profile the sources' content asks for: Amplify when they use a directive only Amplify
   * declares ({@code @model}, {@code @auth}, {@code @hasMany}, {@code @conversation}, ...) or
   * declare {@code input AMPLIFY}.
   */
  public static SchemaProfile detectProfile(List<ParsedSchemaSource> sources) {
    for (ParsedSchemaSource parsed : sources) {
      ArrayDeque<Node<?>> pending = new ArrayDeque<>();
      for (Definition<?> definition : parsed.definitions()) {
        if (definition instanceof InputObjectTypeDefinition input
            && input.getName().equals("AMPLIFY")) {
          return SchemaProfile.AMPLIFY;
        }
        if (definition instanceof TypeDefinition<?>) {
          pending.add(definition);
        }
      }
      while (!pending.isEmpty()) {
        Node<?> node = pending.poll();
        if (node instanceof Directive directive) {
          if (AppSyncPrelude.AMPLIFY_DIRECTIVES.contains(directive.getName())) {
            return SchemaProfile.AMPLIFY;
          }
          continue;
        }
        if (node instanceof TypeDefinition<?> || node instanceof FieldDefinition) {
          for (Node<?> child : node.getChildren()) {
            pending.add(child);
          }
        }
      }
    }
    return SchemaProfile.APPSYNC;
  }

  /**
   * Loads a schema.
   *
   * @param sources the parsed texts, the document's own file first
   */
  public static Loaded load(String name, SourceFile primary, List<ParsedSchemaSource> sources,
      SchemaProfile profile, Optional<AuthConfiguration> auth) {
    List<SchemaProblem> problems = new ArrayList<>();
    List<SchemaSource> schemaSources = sources.stream().map(ParsedSchemaSource::source).toList();
    TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
    List<Redefinition> redefinitions = new ArrayList<>();
    for (ParsedSchemaSource parsed : sources) {
      parsed.problem().ifPresent(p -> problems.add(new SchemaProblem(
          p.message(), new Location(parsed.source().file().displayPath(),
              parsed.source().range(p.offset(), p.offset() + 1), ""))));
      for (Definition<?> definition : parsed.definitions()) {
        if (definition instanceof SDLDefinition<?> sdl) {
          Optional<GraphQLError> error = registry.add(sdl);
          if (error.isPresent()) {
            redefinitions.add(new Redefinition(sdl, LOCATION_SUFFIX.matcher(
                String.valueOf(error.get().getMessage())).replaceAll("").strip()));
          }
        } else {
          problems.add(new SchemaProblem("An operation or fragment in "
              + "a schema: AppSync schemas declare types, directives and the schema, not "
              + "queries (client operations belong in the client's own .graphql files).",
              placeholderLocation(schemaSources, definition)));
        }
      }
    }
    Set<String> userDirectives = new LinkedHashSet<>(registry.getDirectiveDefinitions().keySet());
    for (graphql.language.DirectiveDefinition builtIn : BUILT_IN_DIRECTIVES) {
      if (registry.getDirectiveDefinition(builtIn.getName()).isEmpty()) {
        registry.add(builtIn);
      }
    }
    for (Map.Entry<String, SDLDefinition<?>> entry
        : AppSyncPrelude.definitions(profile).entrySet()) {
      String key = entry.getKey();
      boolean declared = key.startsWith("@")
          ? registry.getDirectiveDefinition(key.substring(1)).isPresent()
          : registry.getTypeOrNull(key) != null;
      if (!declared) {
        registry.add(entry.getValue());
      }
    }
    TypeGraph graph = graph(registry);
    AppSyncSchema schema = new AppSyncSchema(name, primary, schemaSources, registry,
        userDirectives, profile, auth, graph);

    List<GraphQLError> errors = new ArrayList<>();
    List<SchemaProblem> ownChecks = new ArrayList<>();
    try {
      // graphql-java's schema checks without building an executable schema, whose recursive
      // build overflows the stack and takes quadratic time on long chains of types.
      errors.addAll(new SchemaTypeChecker().checkTypeRegistry(registry.readOnly(),
          RuntimeWiring.MOCKED_WIRING));
    } catch (graphql.schema.idl.errors.SchemaProblem e) {
      errors.addAll(e.getErrors());
    } catch (RuntimeException | StackOverflowError e) {
      // A failure of the checker is no problem of the schema; the rules still run.
    }
    emptyTypes(schema, registry, ownChecks);
    Set<String> seen = new HashSet<>();
    for (Redefinition redefinition : redefinitions) {
      String anchor = redefinition.definition() instanceof TypeDefinition<?> type ? type.getName()
          : redefinition.definition() instanceof DirectiveDefinition directive
              ? "@" + directive.getName() : "";
      problems.add(new SchemaProblem(redefinition.message().endsWith(".")
          ? redefinition.message() : redefinition.message() + ".",
          schema.location(redefinition.definition(), anchor)));
    }
    NodeIndex index = null;
    for (GraphQLError error : errors) {
      if (!keep(error, profile)) {
        continue;
      }
      if (index == null) {
        index = new NodeIndex(registry);
      }
      for (SchemaProblem problem : located(schema, index, error)) {
        if (seen.add(problem.location() + problem.message())) {
          problems.add(problem);
        }
      }
    }
    problems.addAll(ownChecks);
    return new Loaded(schema, problems);
  }

  /** Object, interface and input types must have a field (GraphQL's "one or more fields"). */
  private static void emptyTypes(AppSyncSchema schema, TypeDefinitionRegistry registry,
      List<SchemaProblem> problems) {
    for (TypeDefinition<?> definition : registry.types().values()) {
      if (!isUserNode(definition)) {
        continue;
      }
      String kind;
      int fields;
      if (definition instanceof ObjectTypeDefinition object) {
        kind = "Object type";
        fields = object.getFieldDefinitions().size() + registry.objectTypeExtensions()
            .getOrDefault(object.getName(), List.of()).stream()
            .mapToInt(e -> e.getFieldDefinitions().size()).sum();
      } else if (definition instanceof InterfaceTypeDefinition type) {
        kind = "Interface";
        fields = type.getFieldDefinitions().size() + registry.interfaceTypeExtensions()
            .getOrDefault(type.getName(), List.of()).stream()
            .mapToInt(e -> e.getFieldDefinitions().size()).sum();
      } else if (definition instanceof InputObjectTypeDefinition input) {
        kind = "Input type";
        fields = input.getInputValueDefinitions().size() + registry.inputObjectTypeExtensions()
            .getOrDefault(input.getName(), List.of()).stream()
            .mapToInt(e -> e.getInputValueDefinitions().size()).sum();
      } else {
        continue;
      }
      if (fields == 0) {
        problems.add(new SchemaProblem(kind + " \"" + definition.getName() + "\" has no fields: "
            + "GraphQL requires at least one.", schema.location(definition,
                definition.getName())));
      }
    }
  }

  /** A definition the registry refused (a second {@code type Query}), and why. */
  private record Redefinition(SDLDefinition<?> definition, String message) {}

  private static Location placeholderLocation(List<SchemaSource> sources, Node<?> node) {
    SourceLocation at = node.getSourceLocation();
    for (SchemaSource source : sources) {
      if (at != null && source.name().equals(at.getSourceName())) {
        int offset = source.offset(at.getLine(), at.getColumn());
        return new Location(source.file().displayPath(), source.range(offset, offset + 1), "");
      }
    }
    SchemaSource first = sources.get(0);
    return new Location(first.file().displayPath(), first.range(0, 1), "");
  }

  /** Whether an error of graphql-java's is one AppSync (or Amplify) certainly rejects. */
  private static boolean keep(GraphQLError error, SchemaProfile profile) {
    String message = String.valueOf(error.getMessage());
    if (error instanceof DirectiveUndeclaredError) {
      Matcher directive = UNDECLARED_DIRECTIVE.matcher(message);
      String name = directive.find() ? directive.group(1) : "";
      // A misspelled AppSync directive is MisspelledAuthDirective's, with the name meant.
      if (AuthDirectives.closest(name).isPresent()) {
        return false;
      }
      // Amplify projects may add directives with custom transformers.
      return profile == SchemaProfile.APPSYNC;
    }
    if (profile == SchemaProfile.AMPLIFY) {
      if (error instanceof QueryOperationMissingError) {
        return false; // @model generates the Query type.
      }
      if (error instanceof DirectiveUnknownArgumentError
          || error instanceof DirectiveIllegalArgumentTypeError
          || error instanceof DirectiveMissingNonNullArgumentError) {
        Matcher directive = DIRECTIVE_NAME.matcher(message);
        // The transformer checks its own directives' arguments, which change between versions.
        return !(directive.find()
            && AppSyncPrelude.AMPLIFY_DIRECTIVES.contains(directive.group(1)));
      }
      if (error instanceof MissingTypeError) {
        Matcher missing = MISSING_TYPE.matcher(message);
        return !(missing.find() && AMPLIFY_GENERATED.matcher(missing.group(1)).matches());
      }
    }
    return true;
  }

  /** The problems an error stands for, each at the node it is about. */
  private static List<SchemaProblem> located(AppSyncSchema schema, NodeIndex index,
      GraphQLError error) {
    String message = LOCATION_SUFFIX.matcher(String.valueOf(error.getMessage())).replaceAll("");
    List<SourceLocation> locations = error.getLocations() == null ? List.of()
        : error.getLocations();
    SourceLocation at = locations.isEmpty() ? null : locations.get(0);
    List<SchemaProblem> problems = new ArrayList<>();
    if (error instanceof MissingTypeError) {
      Matcher missing = MISSING_TYPE.matcher(message);
      if (missing.find()) {
        String typeName = missing.group(1);
        for (Reference reference : references(index, at, typeName)) {
          problems.add(new SchemaProblem("Unknown type \"" + typeName
              + "\" in " + reference.coordinate() + ": the schema declares no type of that name."
              + hint(typeName), schema.locateName(reference.node().getSourceLocation(), typeName,
                  reference.coordinate())));
        }
        if (!problems.isEmpty()) {
          return problems;
        }
      }
    }
    if (error instanceof QueryOperationMissingError) {
      problems.add(new SchemaProblem("The schema has no Query type: "
          + "every GraphQL schema needs a query root type.", schema.locate(null, "")));
      return problems;
    }
    if (error instanceof DirectiveUndeclaredError) {
      Matcher directive = UNDECLARED_DIRECTIVE.matcher(message);
      if (directive.find()) {
        problems.add(new SchemaProblem("Unknown directive \"@" + directive.group(1) + "\": "
            + "neither the schema nor AppSync declares it, and AppSync rejects a schema that "
            + "uses it.", schema.locateDirective(at, directive.group(1), index.anchorAt(at))));
        return problems;
      }
    }
    message = message.strip();
    problems.add(new SchemaProblem(
        message.endsWith(".") ? message : message + ".",
        schema.locate(at, index.anchorAt(at))));
    return problems;
  }

  private static String hint(String typeName) {
    return AppSyncPrelude.awsScalarFor(typeName).map(s -> " AppSync's scalar is " + s + ".")
        .orElse("");
  }

  /** A type reference inside a definition, and the coordinate of the field or argument it types. */
  private record Reference(Node<?> node, String coordinate) {}

  /** The references to a type name inside the definitions at a location. */
  private static List<Reference> references(NodeIndex index, SourceLocation at,
      String typeName) {
    List<Reference> found = new ArrayList<>();
    for (TypeDefinition<?> definition : index.definitionsAt(at)) {
      String owner = definition.getName();
      ArrayDeque<Node<?>> pending = new ArrayDeque<>();
      Map<Node<?>, String> coordinates = new HashMap<>();
      pending.add(definition);
      coordinates.put(definition, owner);
      while (!pending.isEmpty()) {
        Node<?> node = pending.poll();
        String coordinate = coordinates.get(node);
        if (node instanceof TypeName reference && reference.getName().equals(typeName)) {
          found.add(new Reference(reference, coordinate));
          continue;
        }
        if (node instanceof Directive) {
          continue;
        }
        for (Node<?> child : node.getChildren()) {
          String childCoordinate = coordinate;
          if (child instanceof FieldDefinition field) {
            childCoordinate = owner + "." + field.getName();
          } else if (child instanceof InputValueDefinition value) {
            childCoordinate = node instanceof FieldDefinition
                ? coordinate + "(" + value.getName() + ":)" : owner + "." + value.getName();
          }
          coordinates.put(child, childCoordinate);
          pending.add(child);
        }
      }
    }
    return found;
  }

  /**
   * The definitions, fields and directives of the registry by where they start: what an error's
   * location is about. Built once per schema, when the first error needs it.
   */
  private static final class NodeIndex {
    private final Map<SourceLocation, List<TypeDefinition<?>>> definitions = new HashMap<>();
    private final Map<SourceLocation, String> anchors = new HashMap<>();

    NodeIndex(TypeDefinitionRegistry registry) {
      List<TypeDefinition<?>> all = new ArrayList<>();
      registry.types().values().forEach(all::add);
      registry.objectTypeExtensions().values().forEach(all::addAll);
      registry.interfaceTypeExtensions().values().forEach(all::addAll);
      registry.inputObjectTypeExtensions().values().forEach(all::addAll);
      registry.unionTypeExtensions().values().forEach(all::addAll);
      for (TypeDefinition<?> definition : all) {
        SourceLocation at = definition.getSourceLocation();
        if (at == null) {
          continue;
        }
        definitions.computeIfAbsent(at, k -> new ArrayList<>()).add(definition);
        anchors.putIfAbsent(at, definition.getName());
        for (Node<?> child : definition.getChildren()) {
          if (child instanceof FieldDefinition field) {
            String coordinate = definition.getName() + "." + field.getName();
            put(field.getSourceLocation(), coordinate);
            field.getDirectives().forEach(d -> put(d.getSourceLocation(), coordinate));
          } else if (child instanceof Directive directive) {
            put(directive.getSourceLocation(), definition.getName());
          }
        }
      }
      for (DirectiveDefinition directive : registry.getDirectiveDefinitions().values()) {
        put(directive.getSourceLocation(), "@" + directive.getName());
      }
    }

    private void put(SourceLocation at, String anchor) {
      if (at != null) {
        anchors.putIfAbsent(at, anchor);
      }
    }

    List<TypeDefinition<?>> definitionsAt(SourceLocation at) {
      return at == null ? List.of() : definitions.getOrDefault(at, List.of());
    }

    String anchorAt(SourceLocation at) {
      return at == null ? "" : anchors.getOrDefault(at, "");
    }
  }

  /** The object types, what interfaces and unions can be, and the root types. */
  private static TypeGraph graph(TypeDefinitionRegistry registry) {
    Map<String, SchemaObjectType> objects = new LinkedHashMap<>();
    Map<String, List<String>> possible = new LinkedHashMap<>();
    for (TypeDefinition<?> definition : registry.types().values()) {
      if (definition instanceof ObjectTypeDefinition object
          && isUserNode(object)) {
        objects.put(object.getName(), new SchemaObjectType(object.getName(), object,
            registry.objectTypeExtensions().getOrDefault(object.getName(), List.of())));
      }
    }
    for (SchemaObjectType object : objects.values()) {
      for (graphql.language.Type<?> implemented : object.definition().getImplements()) {
        possible.computeIfAbsent(SchemaObjectType.namedType(implemented),
            k -> new ArrayList<>()).add(object.name());
      }
      for (ObjectTypeExtensionDefinition extension : object.extensions()) {
        for (graphql.language.Type<?> implemented : extension.getImplements()) {
          possible.computeIfAbsent(SchemaObjectType.namedType(implemented),
              k -> new ArrayList<>()).add(object.name());
        }
      }
    }
    for (TypeDefinition<?> definition : registry.types().values()) {
      if (definition instanceof UnionTypeDefinition union) {
        List<String> members = possible.computeIfAbsent(union.getName(), k -> new ArrayList<>());
        union.getMemberTypes().forEach(t -> members.add(SchemaObjectType.namedType(t)));
        registry.unionTypeExtensions().getOrDefault(union.getName(), List.of()).forEach(
            e -> e.getMemberTypes().forEach(t -> members.add(SchemaObjectType.namedType(t))));
      } else if (definition instanceof InterfaceTypeDefinition) {
        possible.computeIfAbsent(definition.getName(), k -> new ArrayList<>());
      }
    }
    List<String> roots = new ArrayList<>();
    Optional<graphql.language.SchemaDefinition> schema = registry.schemaDefinition();
    if (schema.isPresent()) {
      schema.get().getOperationTypeDefinitions()
          .forEach(o -> roots.add(o.getTypeName().getName()));
    } else {
      for (String root : List.of("Query", "Mutation", "Subscription")) {
        if (objects.containsKey(root)) {
          roots.add(root);
        }
      }
    }
    return new TypeGraph(objects, possible, roots);
  }

  private static boolean isUserNode(Node<?> node) {
    SourceLocation at = node.getSourceLocation();
    return at == null || !AppSyncPrelude.SOURCE_NAME.equals(at.getSourceName());
  }
}
