package dev.sfnappsynclint.appsync;

import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import graphql.language.Node;
import graphql.language.OperationTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.SourceLocation;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An AppSync GraphQL schema, as rules see it: a graphql-java {@link TypeDefinitionRegistry}
 * built from one or more files (every node keeps its file and line), on top of the AppSync
 * prelude (and the Amplify one, for Amplify source schemas); the API's auth configuration when
 * it is known, with where it came from; and the auth analysis, computed once.
 *
 * <p>Locations are schema coordinates ({@code Query.listPosts}) over the name token of the
 * node, in the file the user edits — a {@code .graphql} file or the template that holds the
 * schema inline.
 */
public final class AppSyncSchema implements Document {

  private final String name;
  private final SourceFile source;
  private final Map<String, SchemaSource> sources;
  private final TypeDefinitionRegistry registry;
  private final Set<String> userDirectives;
  private final SchemaProfile profile;
  private final Optional<AuthConfiguration> auth;
  private final TypeGraph graph;
  private final AuthAnalysis authAnalysis;

  AppSyncSchema(String name, SourceFile source, List<SchemaSource> sources,
      TypeDefinitionRegistry registry, Set<String> userDirectives, SchemaProfile profile,
      Optional<AuthConfiguration> auth, TypeGraph graph) {
    this.name = name;
    this.source = source;
    Map<String, SchemaSource> byName = new LinkedHashMap<>();
    sources.forEach(s -> byName.putIfAbsent(s.name(), s));
    this.sources = byName;
    this.registry = registry;
    this.userDirectives = Set.copyOf(userDirectives);
    this.profile = profile;
    this.auth = auth;
    this.graph = graph;
    this.authAnalysis = AuthModeResolver.resolve(graph, auth);
  }

  @Override
  public SourceFile source() {
    return source;
  }

  @Override
  public String name() {
    return name;
  }

  /** Every file the schema is read from, the first one first. */
  public List<SourceFile> files() {
    List<SourceFile> files = new ArrayList<>();
    for (SchemaSource schemaSource : sources.values()) {
      if (!files.contains(schemaSource.file())) {
        files.add(schemaSource.file());
      }
    }
    return files;
  }

  /** The schema's types and directives, the prelude's included. */
  public TypeDefinitionRegistry registry() {
    return registry;
  }

  public SchemaProfile profile() {
    return profile;
  }

  /** The API's auth modes, when a template, the configuration or a flag gives them. */
  public Optional<AuthConfiguration> auth() {
    return auth;
  }

  /** Which auth modes reach which fields; computed once per schema. */
  public AuthAnalysis authAnalysis() {
    return authAnalysis;
  }

  /** The object types the schema declares (not the prelude's), in the order it declares them. */
  public List<SchemaObjectType> objectTypes() {
    return List.copyOf(graph.objects().values());
  }

  public Optional<SchemaObjectType> objectType(String typeName) {
    return Optional.ofNullable(graph.objects().get(typeName));
  }

  public TypeGraph graph() {
    return graph;
  }

  /** The query root type's name, when the schema has one. */
  public Optional<String> queryType() {
    return rootType("query", "Query");
  }

  public Optional<String> mutationType() {
    return rootType("mutation", "Mutation");
  }

  public Optional<String> subscriptionType() {
    return rootType("subscription", "Subscription");
  }

  private Optional<String> rootType(String operation, String defaultName) {
    Optional<SchemaDefinition> definition = registry.schemaDefinition();
    if (definition.isPresent()) {
      for (OperationTypeDefinition type : definition.get().getOperationTypeDefinitions()) {
        if (type.getName().equals(operation)) {
          return Optional.of(type.getTypeName().getName());
        }
      }
      return Optional.empty();
    }
    return graph.objects().containsKey(defaultName) ? Optional.of(defaultName) : Optional.empty();
  }

  /**
   * Whether a directive is declared, by the schema or the prelude: {@code @aws_iam} is;
   * {@code @aws_iam_role} is not.
   */
  public boolean declaresDirective(String directive) {
    return registry.getDirectiveDefinition(directive).isPresent()
        || graphql.Directives.isBuiltInDirective(directive);
  }

  /** Whether the schema itself (not the prelude) declares a directive. */
  public boolean declaresOwnDirective(String directive) {
    return userDirectives.contains(directive);
  }

  /** Whether the schema's own files declare a node (not the prelude, nor graphql-java). */
  public boolean declaredBySchema(Node<?> node) {
    SourceLocation at = node.getSourceLocation();
    return at != null && at.getSourceName() != null && sources.containsKey(at.getSourceName());
  }

  /**
   * Where a node is: the range of its name token ({@code @name} for a directive) in the file
   * that holds it, anchored at a schema coordinate.
   */
  public Location location(Node<?> node, String anchor) {
    return locate(node.getSourceLocation(), anchor);
  }

  /** As {@link #location(Node, String)} for a parser position. */
  public Location locate(SourceLocation at, String anchor) {
    SchemaSource schemaSource = at == null || at.getSourceName() == null ? null
        : sources.get(at.getSourceName());
    if (schemaSource == null || at.getLine() < 1) {
      SchemaSource first = sources.values().iterator().next();
      return new Location(first.file().displayPath(), first.range(0, 1), anchor);
    }
    int offset = schemaSource.offset(at.getLine(), at.getColumn());
    int[] name = NameToken.nodeName(schemaSource.text(), offset);
    TextRange range = name == null ? schemaSource.range(offset, offset + 1)
        : schemaSource.range(name[0], name[1]);
    return new Location(schemaSource.file().displayPath(), range, anchor);
  }

  /** The location of a name token at or after a node's start (a type reference inside a field). */
  public Location locateName(SourceLocation at, String tokenName, String anchor) {
    SchemaSource schemaSource = at == null || at.getSourceName() == null ? null
        : sources.get(at.getSourceName());
    if (schemaSource == null || at.getLine() < 1) {
      return locate(at, anchor);
    }
    int offset = schemaSource.offset(at.getLine(), at.getColumn());
    int found = NameToken.find(schemaSource.text(), offset, tokenName);
    return found < 0 ? locate(at, anchor) : new Location(schemaSource.file().displayPath(),
        schemaSource.range(found, found + tokenName.length()), anchor);
  }

  /** The location of a directive {@code @name} at or after a node's start. */
  public Location locateDirective(SourceLocation at, String directive, String anchor) {
    SchemaSource schemaSource = at == null || at.getSourceName() == null ? null
        : sources.get(at.getSourceName());
    if (schemaSource == null || at.getLine() < 1) {
      return locate(at, anchor);
    }
    int offset = schemaSource.offset(at.getLine(), at.getColumn());
    int found = NameToken.findDirective(schemaSource.text(), offset, directive);
    return found < 0 ? locate(at, anchor) : new Location(schemaSource.file().displayPath(),
        schemaSource.range(found, found + directive.length() + 1), anchor);
  }

  /** The location of a position in a source of the schema (a parse error). */
  Location locateOffset(SchemaSource schemaSource, int offset, String anchor) {
    return new Location(schemaSource.file().displayPath(),
        schemaSource.range(offset, offset + 1), anchor);
  }

  @Override
  public String toString() {
    return "AppSyncSchema[" + name + "]";
  }
}
