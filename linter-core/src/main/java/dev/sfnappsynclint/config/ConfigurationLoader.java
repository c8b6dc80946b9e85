package dev.sfnappsynclint.config;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.sfnappsynclint.appsync.AppSyncAuthSetting;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.discovery.PathGlob;
import dev.sfnappsynclint.asl.WorkflowTypeAssignment;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleOptionSpec;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.rule.RuleSettings;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.SourceReader;
import dev.sfnappsynclint.suppression.IgnoreEntry;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.JsonPointers;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import dev.sfnappsynclint.tree.SchemaInstances;
import dev.sfnappsynclint.tree.SyntaxException;
import dev.sfnappsynclint.tree.TreeLimits;
import dev.sfnappsynclint.tree.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds and reads {@code .sfn-appsync-lint.yml}: validated against the JSON Schema shipped in
 * the jar, with every error pointing at the line and column it is about.
 */
public final class ConfigurationLoader {

  public static final List<String> FILE_NAMES =
      List.of(".sfn-appsync-lint.yml", ".sfn-appsync-lint.yaml");

  /**
   * The schema, compiled once per process on first use: a run without a configuration file
   * (most runs) neither loads the validator's classes nor compiles the schema.
   */
  private static final class ConfigSchema {
    static final String TEXT = readSchemaText();
    static final Schema SCHEMA = SchemaRegistry
        .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(TEXT, InputFormat.JSON);
    static final JsonNode TREE = JsonMapper.builder().build().readTree(TEXT);
  }

  private final RuleRegistry registry;

  public ConfigurationLoader(RuleRegistry registry) {
    this.registry = registry;
  }

  /** The nearest configuration file in the working directory or a folder above it. */
  public static Optional<Path> find(Path workingDirectory) {
    for (Path dir = workingDirectory.toAbsolutePath().normalize(); dir != null;
        dir = dir.getParent()) {
      for (String name : FILE_NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The configuration a front end asked for: none, the file it names (which must exist), or
   * the nearest one above the working directory.
   */
  public Configuration resolve(Optional<Path> explicitFile, boolean disabled,
      Path workingDirectory) throws ConfigurationException {
    return resolve(explicitFile, disabled, workingDirectory, workingDirectory);
  }

  /**
   * As {@link #resolve(Optional, boolean, Path)}, looking for the nearest file from
   * {@code searchFrom} (a module's folder) while paths are shown relative to
   * {@code workingDirectory} (the build's root).
   */
  public Configuration resolve(Optional<Path> explicitFile, boolean disabled, Path searchFrom,
      Path workingDirectory) throws ConfigurationException {
    if (disabled) {
      return Configuration.NONE;
    }
    if (explicitFile.isPresent()) {
      Path file = searchFrom.toAbsolutePath().resolve(explicitFile.get()).normalize();
      if (!Files.isRegularFile(file)) {
        throw new ConfigurationException(explicitFile.get().toString(), null,
            "configuration file does not exist");
      }
      return load(file, workingDirectory);
    }
    Optional<Path> nearest = find(searchFrom);
    return nearest.isPresent() ? load(nearest.get(), workingDirectory) : Configuration.NONE;
  }

  /** Reads the nearest configuration, or none. */
  public Configuration loadNearest(Path workingDirectory) throws ConfigurationException {
    Optional<Path> file = find(workingDirectory);
    return file.isPresent() ? load(file.get(), workingDirectory) : Configuration.NONE;
  }

  public Configuration load(Path file, Path workingDirectory) throws ConfigurationException {
    Path absolute = workingDirectory.toAbsolutePath().resolve(file).normalize();
    String shown = display(absolute, workingDirectory);
    SourceFile source;
    try {
      source = new SourceReader(1024 * 1024).read(absolute, shown);
    } catch (SourceReader.UnreadableSourceException e) {
      throw new ConfigurationException(shown, null, e.getMessage());
    }
    Node root;
    try {
      root = new YamlTreeReader(new TreeLimits(64, 100_000, 100)).read(source);
    } catch (SyntaxException e) {
      if (source.text().lines().map(String::strip)
          .allMatch(line -> line.isEmpty() || line.startsWith("#") || line.equals("---"))) {
        return emptyFrom(absolute);
      }
      throw new ConfigurationException(shown, e.position(), e.getMessage());
    }
    if (root instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.NULL) {
      return emptyFrom(absolute);
    }
    validate(root, shown);
    return read((ObjectNode) root, absolute, workingDirectory.toAbsolutePath().normalize(), shown);
  }

  private static Configuration emptyFrom(Path file) {
    return new Configuration(Optional.of(file), RuleSettings.DEFAULTS, List.of(), List.of(),
        List.of(), List.of(), OptionalLong.empty(), OptionalInt.empty(), List.of());
  }

  private void validate(Node root, String shown) throws ConfigurationException {
    List<Error> errors = ConfigSchema.SCHEMA.validate(SchemaInstances.toJackson(root));
    if (errors.isEmpty()) {
      return;
    }
    Map<String, Node> byPointer = SchemaInstances.index(root);
    // Report the first error in document order: one clear message beats a cascade.
    record Located(Error error, Node node) {}
    Located first = errors.stream()
        .map(error -> new Located(error, nodeFor(byPointer, error)))
        .min(Comparator.comparing((Located l) -> l.node().range().start())
            .thenComparing(l -> l.error().getMessage()))
        .orElseThrow();
    throw new ConfigurationException(shown, first.node().range().start(),
        describe(first.error(), first.node()));
  }

  private static Node nodeFor(Map<String, Node> byPointer, Error error) {
    String pointer = SchemaInstances.pointer(error.getInstanceLocation());
    // additionalProperties and propertyNames errors are about a key: point at that key.
    if (error.getProperty() != null) {
      Node key = byPointer.get("key:" + JsonPointers.child(pointer, error.getProperty()));
      if (key != null) {
        return key;
      }
    }
    Node node = byPointer.get(pointer);
    return node != null ? node : byPointer.get("");
  }

  private static String describe(Error error, Node node) {
    String message = error.getMessage();
    // networknt prefixes the instance path ("$.rules.X: "); the position says that already.
    int colon = message.indexOf(": ");
    if (message.startsWith("$") && colon > 0) {
      message = message.substring(colon + 2);
    }
    String where = SchemaInstances.pointer(error.getInstanceLocation());
    String field = where.isEmpty() ? "" : where.substring(1).replace('/', '.') + ": ";
    if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
      return "unknown key \"" + error.getProperty() + "\"" + (field.isEmpty() ? "" : " in "
          + field.substring(0, field.length() - 2)) + "; expected one of "
          + String.join(", ", allowedKeys(where));
    }
    return field + message.replace("does not have a value in the enumeration", "must be one of");
  }

  /** The keys the schema allows in the object at an instance pointer. */
  private static List<String> allowedKeys(String pointer) {
    JsonNode schema = resolve(ConfigSchema.TREE);
    for (String segment : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
      if (schema.has("properties") && schema.get("properties").has(segment)) {
        schema = resolve(schema.get("properties").get(segment));
      } else if (schema.has("items")) {
        schema = resolve(schema.get("items"));
      } else {
        return List.of();
      }
    }
    List<String> keys = new ArrayList<>();
    if (schema.has("properties")) {
      schema.get("properties").propertyNames().forEach(keys::add);
    }
    return keys;
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.asString().startsWith("#/$defs/")) {
      return ConfigSchema.TREE.get("$defs").get(ref.asString().substring("#/$defs/".length()));
    }
    return schema;
  }

  /** A glob that cannot be compiled is an error at its line, not a filter matching nothing. */
  private static void checkGlobs(ObjectNode root, String shown) throws ConfigurationException {
    List<Node> globs = new ArrayList<>();
    globs.addAll(elements(root, "include"));
    globs.addAll(elements(root, "exclude"));
    for (String list : List.of("workflowTypes", "appsync", "ignore")) {
      for (Node entry : elements(root, list)) {
        if (entry instanceof ObjectNode object) {
          object.get("files").ifPresent(globs::add);
          object.get("schema").ifPresent(globs::add);
        }
      }
    }
    for (Node glob : globs) {
      if (glob instanceof ScalarNode scalar) {
        try {
          new PathGlob(scalar.text());
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException(shown, glob.range().start(), e.getMessage());
        }
      }
    }
  }

  private static void applyLevel(RuleSettings.Builder rules, String id, String level) {
    switch (level) {
      case "off" -> rules.disable(id);
      case "on" -> rules.enable(id);
      default -> rules.severity(id, Severity.parse(level).orElseThrow());
    }
  }

  /** Checks each option against what the rule declares, and records its value. */
  private static void readOptions(RuleSettings.Builder rules, RuleMetadata rule,
      ObjectNode options, String shown) throws ConfigurationException {
    for (Member option : options.members()) {
      Optional<RuleOptionSpec> spec = rule.option(option.name());
      if (spec.isEmpty()) {
        List<String> names = rule.options().stream().map(RuleOptionSpec::name).toList();
        throw new ConfigurationException(shown, option.key().range().start(), "rules." + rule.id()
            + ".options: \"" + option.name() + "\" is no option of " + rule.id() + " "
            + rule.name() + (names.isEmpty() ? ", which has none"
                : "; expected one of " + String.join(", ", names)));
      }
      Optional<Object> value = optionValue(spec.get().type(), option.value());
      if (value.isEmpty()) {
        throw new ConfigurationException(shown, option.value().range().start(), "rules."
            + rule.id() + ".options." + option.name() + " must be "
            + spec.get().type().description());
      }
      rules.option(rule.id(), option.name(), value.get());
    }
  }

  private static Optional<Object> optionValue(RuleOptionSpec.Type type, Node node) {
    if (type == RuleOptionSpec.Type.STRING_LIST) {
      if (!(node instanceof ArrayNode array)
          || !array.elements().stream().allMatch(e -> e instanceof ScalarNode)) {
        return Optional.empty();
      }
      return Optional.of(array.elements().stream().map(e -> ((ScalarNode) e).text()).toList());
    }
    if (!(node instanceof ScalarNode scalar)
        || (type != RuleOptionSpec.Type.STRING && scalar.kind() == ScalarNode.Kind.STRING)) {
      return Optional.empty();
    }
    return RuleOptionSpec.parse(type, scalar.text());
  }

  private List<String> presetNames() {
    return registry.metadata().stream().flatMap(r -> r.presets().stream()).distinct().sorted()
        .toList();
  }

  private Configuration read(ObjectNode root, Path file, Path workingDirectory, String shown)
      throws ConfigurationException {
    Path base = file.getParent();
    checkGlobs(root, shown);
    RuleSettings.Builder rules = new RuleSettings.Builder();
    for (Node preset : elements(root, "presets")) {
      String name = ((ScalarNode) preset).text();
      List<RuleMetadata> members = registry.metadata().stream()
          .filter(r -> r.presets().contains(name)).toList();
      if (members.isEmpty()) {
        throw new ConfigurationException(shown, preset.range().start(), "presets: \"" + name
            + "\" is no preset; expected one of " + String.join(", ", presetNames()));
      }
      members.forEach(r -> rules.enable(r.id()));
    }
    Optional<Node> rulesNode = root.get("rules");
    if (rulesNode.isPresent()) {
      for (Member member : ((ObjectNode) rulesNode.get()).members()) {
        Optional<RegisteredRule> rule = registry.find(member.name());
        if (rule.isEmpty()) {
          List<String> names = registry.rules().stream().map(r -> r.metadata().id()).toList();
          throw new ConfigurationException(shown, member.key().range().start(),
              "rules: \"" + member.name() + "\" is no rule; expected a rule id or name such as "
                  + names.get(Math.min(1, names.size() - 1)) + " or UnreachableState "
                  + "(run `sfn-appsync-lint rules` for the list)");
        }
        RuleMetadata metadata = rule.get().metadata();
        Optional<Node> level = member.value() instanceof ObjectNode settings
            ? settings.get("severity") : Optional.of(member.value());
        // Settings without a severity (only options) switch the rule on.
        applyLevel(rules, metadata.id(), level.map(v -> ((ScalarNode) v).text()).orElse("on"));
        if (member.value() instanceof ObjectNode settings
            && settings.get("options").orElse(null) instanceof ObjectNode options) {
          readOptions(rules, metadata, options, shown);
        }
      }
    }
    List<PathGlob> includes = globs(root, "include", base, workingDirectory);
    List<PathGlob> excludes = globs(root, "exclude", base, workingDirectory);

    List<WorkflowTypeAssignment> workflowTypes = new ArrayList<>();
    for (Node entry : elements(root, "workflowTypes")) {
      ObjectNode object = (ObjectNode) entry;
      String glob = object.string("files").orElseThrow();
      WorkflowType type = WorkflowType.parse(object.string("type").orElseThrow()).orElseThrow();
      workflowTypes.add(new WorkflowTypeAssignment(
          PathGlob.relativeTo(glob, base, workingDirectory), type,
          shown + ":" + entry.range().start().line()));
    }

    List<AppSyncAuthSetting> appsync = new ArrayList<>();
    for (Node entry : elements(root, "appsync")) {
      ObjectNode object = (ObjectNode) entry;
      List<AuthMode> additional = object.get("additionalAuthentications")
          .map(n -> ((ArrayNode) n).elements().stream()
              .map(e -> AuthMode.parse(((ScalarNode) e).text()).orElseThrow()).toList())
          .orElse(List.of());
      appsync.add(new AppSyncAuthSetting(
          PathGlob.relativeTo(object.string("schema").orElseThrow(), base, workingDirectory),
          AuthMode.parse(object.string("defaultAuthentication").orElseThrow()).orElseThrow(),
          additional, object.string("profile").flatMap(SchemaProfile::parse),
          shown + ":" + entry.range().start().line()));
    }

    OptionalLong maxFileBytes = OptionalLong.empty();
    OptionalInt maxDepth = OptionalInt.empty();
    Optional<Node> limits = root.get("limits");
    if (limits.isPresent()) {
      ObjectNode object = (ObjectNode) limits.get();
      Optional<Node> bytes = object.get("maxFileBytes");
      if (bytes.isPresent()) {
        maxFileBytes = OptionalLong.of(((ScalarNode) bytes.get()).number().orElseThrow()
            .longValueExact());
      }
      Optional<Node> depth = object.get("maxDepth");
      if (depth.isPresent()) {
        maxDepth = OptionalInt.of(((ScalarNode) depth.get()).number().orElseThrow()
            .intValueExact());
      }
    }

    List<IgnoreEntry> ignores = new ArrayList<>();
    for (Node entry : elements(root, "ignore")) {
      ObjectNode object = (ObjectNode) entry;
      Set<String> ids = new LinkedHashSet<>();
      for (Node name : object.get("rules").map(n -> ((ArrayNode) n).elements())
          .orElse(List.of())) {
        String written = ((ScalarNode) name).text();
        Optional<RegisteredRule> rule = registry.find(written);
        if (rule.isEmpty()) {
          throw new ConfigurationException(shown, name.range().start(),
              "ignore: \"" + written + "\" is no rule (run `sfn-appsync-lint rules` for the list)");
        }
        ids.add(rule.get().metadata().id());
      }
      String reason = object.string("reason").orElse("Ignored in " + shown + ":"
          + entry.range().start().line() + ".");
      ignores.add(new IgnoreEntry(PathGlob.relativeTo(object.string("files").orElseThrow(), base,
          workingDirectory), object.string("pointer").orElse(""), Set.copyOf(ids), reason));
    }
    return new Configuration(Optional.of(file), rules.build(), includes, excludes, workflowTypes,
        appsync, maxFileBytes, maxDepth, ignores);
  }

  private static List<Node> elements(ObjectNode root, String name) {
    return root.get(name).map(n -> ((ArrayNode) n).elements()).orElse(List.of());
  }

  private static List<PathGlob> globs(ObjectNode root, String name, Path base, Path work) {
    return elements(root, name).stream()
        .map(n -> PathGlob.relativeTo(((ScalarNode) n).text(), base, work)).toList();
  }

  private static String readSchemaText() {
    try (InputStream in = ConfigurationLoader.class.getResourceAsStream("config-schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String display(Path file, Path workingDirectory) {
    try {
      return workingDirectory.toAbsolutePath().normalize().relativize(file).toString()
          .replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }

}
