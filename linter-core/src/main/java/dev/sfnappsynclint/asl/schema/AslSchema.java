package dev.sfnappsynclint.asl.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.JsonPointers;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import dev.sfnappsynclint.tree.SchemaInstances;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Validates a definition against the Amazon States Language JSON Schema shipped in the jar
 * ({@code asl.schema.json}, compiled once per process) and turns the validator's errors into
 * {@link SchemaViolation}s located at the key or value they are about, the way
 * {@code config.ConfigurationLoader} does for the configuration file.
 *
 * <p>Values the linter cannot know are never judged: a {@code ${placeholder}} left in a string,
 * a JSONata expression ({@code {% ... %}}), a CloudFormation intrinsic ({@code Ref},
 * {@code Fn::*}) or a YAML-tagged value.
 */
public final class AslSchema {

  private static final String RESOURCE = "asl.schema.json";
  private static final String SCHEMA_TEXT = readSchemaText();
  private static final JsonNode SCHEMA_TREE = JsonMapper.builder().build().readTree(SCHEMA_TEXT);
  private static final Pattern JSONATA = Pattern.compile("(?s)^\\s*\\{%.*%}\\s*$");
  /** The fields of a Map state that hold its item processor. */
  private static final List<String> SCOPE_FIELDS = List.of("ItemProcessor", "Iterator");
  private static final Set<String> STATE_DEFS =
      Set.of("task", "pass", "choice", "wait", "succeed", "fail", "parallel", "map");
  /** What each object definition is, for messages. */
  private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
      Map.entry("", "the top level of a state machine"),
      Map.entry("task", "a Task state"), Map.entry("pass", "a Pass state"),
      Map.entry("choice", "a Choice state"), Map.entry("wait", "a Wait state"),
      Map.entry("succeed", "a Succeed state"), Map.entry("fail", "a Fail state"),
      Map.entry("parallel", "a Parallel state"), Map.entry("map", "a Map state"),
      Map.entry("branch", "a Parallel branch"), Map.entry("processor", "a Map's item processor"),
      Map.entry("processorConfig", "ProcessorConfig"), Map.entry("retrier", "a retrier"),
      Map.entry("catcher", "a catcher"), Map.entry("credentials", "Credentials"),
      Map.entry("choiceRule", "a Choice rule"), Map.entry("topChoiceRule", "a Choice rule"),
      Map.entry("itemReader", "ItemReader"), Map.entry("readerConfig", "ReaderConfig"),
      Map.entry("itemBatcher", "ItemBatcher"), Map.entry("resultWriter", "ResultWriter"),
      Map.entry("WriterConfig", "WriterConfig"));

  /**
   * Compiled once per process; validation is thread-safe.
   *
   * <p>The schema dispatches on a state's {@code Type} with eight {@code if}/{@code then} pairs,
   * and the validator builds a message for every {@code if} that fails: seven per state, which
   * was a third of a warm lint's time. So {@link #validate} validates each state against its
   * type's definition directly, with a copy of the schema whose {@code States} maps do not
   * descend into states (the {@code SKELETON}); what is reported is the same.
   */
  private static final class Compiled {
    static final Schema SKELETON = SchemaRegistry
        .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(skeleton());
    static final Map<String, Schema> BY_STATE_TYPE = byStateType();
    static final Map<String, List<String>> STATE_TYPES_BY_FIELD = stateTypesByField();

    private static JsonNode skeleton() {
      var copy = (tools.jackson.databind.node.ObjectNode) SCHEMA_TREE.deepCopy();
      ((tools.jackson.databind.node.ObjectNode) copy.get("$defs").get("states"))
          .put("additionalProperties", true);
      return copy;
    }

    private static Map<String, Schema> byStateType() {
      Map<String, Schema> byType = new HashMap<>();
      for (String definition : STATE_DEFS) {
        String type = Character.toUpperCase(definition.charAt(0)) + definition.substring(1);
        byType.put(type, SKELETON.getSubSchema(
            new NodePath(PathType.JSON_POINTER).append("$defs").append(definition)));
      }
      return Map.copyOf(byType);
    }
  }

  private AslSchema() {
  }

  /** The compiled schema: the same instance for every definition of the process. */
  static Schema compiled() {
    return Compiled.SKELETON;
  }

  /** Every schema violation of the definition whose root (the substituted tree) is given. */
  public static List<SchemaViolation> validate(Node root) {
    if (!(root instanceof ObjectNode top)) {
      return List.of(); // ASL001 reports a definition that is not an object.
    }
    Map<String, SchemaViolation> found = new LinkedHashMap<>();
    check(Compiled.SKELETON, top, null, "", true, found);
    // Every state of every scope, each against its type's definition: an explicit stack, since
    // nesting is bounded by the tree reader, not by the thread's stack. What lies in a tagged or
    // intrinsic value is never judged (isUnknowable), so such a container is not entered.
    Deque<Map.Entry<String, ObjectNode>> pending = new ArrayDeque<>();
    if (!isOpaque(top)) {
      top.get("States").ifPresent(states -> pushStates("/States", states, pending));
    }
    while (!pending.isEmpty()) {
      Map.Entry<String, ObjectNode> next = pending.pop();
      ObjectNode scopeStates = next.getValue();
      for (Member named : scopeStates.members()) {
        if (!(named.value() instanceof ObjectNode state) || isOpaque(state)
            // A name written twice: as in the validator's tree, the last state is the one.
            || scopeStates.member(named.name()).orElse(null) != named
            // A tagged Type (!Sub Pass) is validated by its text, as the validator's tree had it.
            || !(state.get("Type").orElse(null) instanceof ScalarNode type)
            || type.kind() != ScalarNode.Kind.STRING
            || !Compiled.BY_STATE_TYPE.containsKey(type.text())) {
          continue; // ASL001 reports those; the schema did not judge them either
        }
        String pointer = JsonPointers.child(next.getKey(), named.name());
        check(Compiled.BY_STATE_TYPE.get(type.text()), state, named.key(), pointer, false, found);
        if (type.text().equals("Parallel")
            && state.get("Branches").orElse(null) instanceof ArrayNode branches
            && !isOpaque(branches)) {
          for (int i = 0; i < branches.size(); i++) {
            String branch = JsonPointers.child(JsonPointers.child(pointer, "Branches"), i);
            if (branches.elements().get(i) instanceof ObjectNode scope && !isOpaque(scope)) {
              scope.get("States").ifPresent(
                  states -> pushStates(JsonPointers.child(branch, "States"), states, pending));
            }
          }
        } else if (type.text().equals("Map")) {
          for (String field : SCOPE_FIELDS) {
            if (state.get(field).orElse(null) instanceof ObjectNode scope && !isOpaque(scope)) {
              scope.get("States").ifPresent(states -> pushStates(
                  JsonPointers.child(JsonPointers.child(pointer, field), "States"), states,
                  pending));
            }
          }
        }
      }
    }
    List<SchemaViolation> sorted = new ArrayList<>(found.values());
    sorted.sort(Comparator.comparing((SchemaViolation v) -> v.node().range().start()));
    return List.copyOf(sorted);
  }

  private static void pushStates(String pointer, Node states,
      Deque<Map.Entry<String, ObjectNode>> pending) {
    if (states instanceof ObjectNode object && !isOpaque(object)) {
      pending.push(Map.entry(pointer, object));
    }
  }

  /**
   * Validates one object (the top level, or a state) and adds its violations. The object goes
   * to the validator without the states of its scopes, which are validated on their own: so a
   * large definition is never copied whole into the validator's tree.
   *
   * @param key the key that names the object (a state's name), null for the top level
   * @param scope whether the object itself holds a {@code States} (the top level)
   */
  private static void check(Schema schema, ObjectNode object, Node key, String pointer,
      boolean scope, Map<String, SchemaViolation> found) {
    List<Error> errors = schema.validate(withoutStates(object, scope));
    if (errors.isEmpty()) {
      return;
    }
    Map<String, Node> byPointer = SchemaInstances.index(object, pointer);
    if (key != null) {
      byPointer.put("key:" + pointer, key);
    }
    for (Error error : errors) {
      SchemaViolation violation = violation(error, pointer, byPointer);
      if (violation != null) {
        found.putIfAbsent(violation.kind() + "|" + violation.node().range() + "|"
            + violation.message(), violation);
      }
    }
  }

  /**
   * The object as a validator instance in which each {@code States} of a scope (of the object
   * if {@code scope}, of a state's branches and item processor otherwise) keeps its state names
   * (the schema limits their length) but not the states.
   */
  private static JsonNode withoutStates(ObjectNode object, boolean scope) {
    var result = JsonNodeFactory.instance.objectNode();
    for (Member member : object.members()) {
      Node value = member.value();
      JsonNode converted;
      if (scope && member.name().equals("States") && value instanceof ObjectNode states) {
        var names = JsonNodeFactory.instance.objectNode();
        states.members().forEach(m -> names.set(m.name(), JsonNodeFactory.instance.objectNode()));
        converted = names;
      } else if (!scope && member.name().equals("Branches") && value instanceof ArrayNode list) {
        var branches = JsonNodeFactory.instance.arrayNode();
        list.elements().forEach(element -> branches.add(element instanceof ObjectNode branch
            ? withoutStates(branch, true) : SchemaInstances.toJackson(element)));
        converted = branches;
      } else if (!scope && SCOPE_FIELDS.contains(member.name())
          && value instanceof ObjectNode processor) {
        converted = withoutStates(processor, true);
      } else {
        converted = SchemaInstances.toJackson(value);
      }
      result.set(member.name(), converted);
    }
    return result;
  }

  private static SchemaViolation violation(Error error, String base,
      Map<String, Node> byPointer) {
    String pointer = base + SchemaInstances.pointer(error.getInstanceLocation());
    Node instance = byPointer.get(pointer);
    if (instance == null || isUnknowable(pointer, byPointer)) {
      return null;
    }
    String definition = definition(error);
    String where = DESCRIPTIONS.getOrDefault(definition, "\"" + name(pointer) + "\"");
    String keyword = error.getKeyword();
    JsonNode schemaNode = error.getSchemaNode();
    return switch (keyword) {
      case "additionalProperties" -> unknownField(error, pointer, definition, where, byPointer);
      case "required" -> {
        List<String> alternatives = anyOfAlternatives(error);
        if (!alternatives.isEmpty()) {
          yield oneOfMissing(definition, where, alternatives, pointer, byPointer);
        }
        String missing = error.getProperty();
        yield new SchemaViolation(SchemaViolation.Kind.MISSING_FIELD, keyOf(pointer, byPointer),
            capitalized(where) + " needs " + missing + requiredBecause(definition) + ".",
            missing, List.of());
      }
      case "anyOf" -> {
        List<String> names = requiredNames(schemaNode);
        yield names.isEmpty() ? null : oneOfMissing(definition, where, names, pointer, byPointer);
      }
      case "not" -> {
        List<String> names = schemaNode == null ? List.of() : requiredNames(List.of(schemaNode));
        if (names.size() < 2 || !(instance instanceof ObjectNode object)) {
          yield null;
        }
        Node second = object.member(names.get(1)).map(m -> (Node) m.key()).orElse(instance);
        yield new SchemaViolation(SchemaViolation.Kind.CONFLICTING_FIELDS, second,
            String.join(" and ", names) + " cannot both be set in " + where + "; keep one.",
            names.get(1), names);
      }
      case "propertyNames" -> stateNameTooLong(pointer, error.getProperty(), byPointer);
      default -> invalidValue(error, pointer, instance);
    };
  }

  private static SchemaViolation unknownField(Error error, String pointer, String definition,
      String where, Map<String, Node> byPointer) {
    String field = error.getProperty();
    Node key = byPointer.get("key:" + JsonPointers.child(pointer, field));
    if (key == null) {
      return null;
    }
    List<String> allowed = allowedFields(definition);
    String message;
    List<String> types = Compiled.STATE_TYPES_BY_FIELD.getOrDefault(field, List.of());
    if (STATE_DEFS.contains(definition) && !types.isEmpty()) {
      message = field + " is not a field of " + where + "; only " + String.join(", ", types)
          + " states have it.";
    } else if (field.equals("QueryLanguage")
        && (definition.equals("branch") || definition.equals("processor"))) {
      // The states inside still use the machine's language; the field belongs on them.
      message = "Unknown field \"QueryLanguage\" in " + where + ": it is set at the top level "
          + "or on each state, not on a branch or an item processor.";
    } else {
      message = "Unknown field \"" + field + "\" in " + where + ".";
    }
    return new SchemaViolation(SchemaViolation.Kind.UNKNOWN_FIELD, key, message, field, allowed);
  }

  private static SchemaViolation oneOfMissing(String definition, String where,
      List<String> names, String pointer, Map<String, Node> byPointer) {
    String message = definition.equals("credentials")
        ? "Credentials need RoleArn (RoleArn.$ in a JSONPath state): the role to assume."
        : capitalized(where) + " needs one of " + String.join(", ", names) + ".";
    return new SchemaViolation(SchemaViolation.Kind.MISSING_FIELD, keyOf(pointer, byPointer),
        message, names.get(0), List.of());
  }

  /**
   * For a {@code required} error inside an {@code anyOf} (the validator reports each failed
   * alternative, not the anyOf), every field the alternatives name.
   */
  private static List<String> anyOfAlternatives(Error error) {
    String location = String.valueOf(error.getSchemaLocation());
    int hash = location.indexOf('#');
    int anyOf = location.lastIndexOf("/anyOf/");
    if (hash < 0 || anyOf < hash) {
      return List.of();
    }
    JsonNode node = SCHEMA_TREE;
    for (String segment : location.substring(hash + 2, anyOf).split("/")) {
      node = node == null ? null : node.get(segment);
    }
    return node == null ? List.of() : requiredNames(node.get("anyOf"));
  }

  private static SchemaViolation stateNameTooLong(String pointer, String name,
      Map<String, Node> byPointer) {
    // propertyNames reports at the States object; point at the name itself.
    Node key = name == null ? null : byPointer.get("key:" + JsonPointers.child(pointer, name));
    if (key == null) {
      return null;
    }
    return new SchemaViolation(SchemaViolation.Kind.STATE_NAME_TOO_LONG, key,
        "State name \"" + shortened(name) + "\" is " + name.length()
            + " characters long; Step Functions allows at most 80.", name, List.of());
  }

  private static SchemaViolation invalidValue(Error error, String pointer, Node instance) {
    if (isUnknownValue(instance)) {
      return null;
    }
    JsonNode schemaNode = error.getSchemaNode();
    String field = fieldLabel(pointer);
    String expectation = switch (error.getKeyword()) {
      case "type" -> "must be " + typeNames(schemaNode);
      case "enum" -> "must be one of " + enumValues(schemaNode);
      case "const" -> "must be " + schemaNode;
      case "minimum" -> "must be at least " + schemaNode;
      case "maximum" -> "must be at most " + schemaNode;
      case "minItems" -> "must not be empty";
      default -> stripPath(error.getMessage());
    };
    return new SchemaViolation(SchemaViolation.Kind.INVALID_VALUE, instance,
        field + " " + expectation + "; found " + found(instance) + ".", name(pointer), List.of());
  }

  private static String requiredBecause(String definition) {
    return switch (definition) {
      case "processorConfig" -> " (STANDARD or EXPRESS) when Mode is DISTRIBUTED";
      case "readerConfig" -> " when CSVHeaderLocation is GIVEN";
      default -> "";
    };
  }

  /** The $defs entry whose keyword reported the error ("" for the top level). */
  private static String definition(Error error) {
    String location = String.valueOf(error.getSchemaLocation());
    int hash = location.indexOf("#/$defs/");
    if (hash < 0) {
      return "";
    }
    String[] segments = location.substring(hash + "#/$defs/".length()).split("/");
    // The innermost named object: WriterConfig is declared inline inside resultWriter.
    for (int i = segments.length - 1; i > 0; i--) {
      if (segments[i - 1].equals("properties") && DESCRIPTIONS.containsKey(segments[i])) {
        return segments[i];
      }
    }
    return segments[0];
  }

  /** The fields the definition's object allows, in schema order. */
  static List<String> allowedFields(String definition) {
    JsonNode schema = definition.isEmpty() ? SCHEMA_TREE : SCHEMA_TREE.get("$defs").get(definition);
    if (schema == null && definition.equals("WriterConfig")) {
      schema = SCHEMA_TREE.get("$defs").get("resultWriter").get("properties").get("WriterConfig");
    }
    while (schema != null && !schema.has("properties") && schema.has("$ref")) {
      schema = SCHEMA_TREE.get("$defs").get(schema.get("$ref").asString()
          .substring("#/$defs/".length()));
    }
    List<String> names = new ArrayList<>();
    if (schema != null && schema.has("properties")) {
      schema.get("properties").propertyNames().forEach(names::add);
    }
    return names;
  }

  private static Map<String, List<String>> stateTypesByField() {
    Map<String, List<String>> byField = new HashMap<>();
    for (String definition : List.of("task", "pass", "choice", "wait", "succeed", "fail",
        "parallel", "map")) {
      String type = Character.toUpperCase(definition.charAt(0)) + definition.substring(1);
      for (String field : allowedFields(definition)) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(type);
      }
    }
    return Map.copyOf(byField);
  }

  private static List<String> requiredNames(JsonNode alternatives) {
    List<JsonNode> list = new ArrayList<>();
    if (alternatives != null && alternatives.isArray()) {
      alternatives.forEach(list::add);
    }
    return requiredNames(list);
  }

  private static List<String> requiredNames(List<JsonNode> schemas) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode schema : schemas) {
      JsonNode required = schema.get("required");
      if (required != null) {
        required.forEach(name -> names.add(name.asString()));
      }
    }
    return List.copyOf(names);
  }

  private static String typeNames(JsonNode type) {
    List<String> names = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> names.add(article(t.asString())));
    } else if (type != null) {
      names.add(article(type.asString()));
    }
    return String.join(" or ", names);
  }

  private static String article(String type) {
    return switch (type) {
      case "integer", "object", "array" -> "an " + type;
      case "null" -> "null";
      default -> "a " + type;
    };
  }

  private static String enumValues(JsonNode values) {
    List<String> names = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> names.add(v.isString() ? v.asString() : v.toString()));
    }
    return String.join(", ", names);
  }

  private static String found(Node node) {
    if (node instanceof ScalarNode scalar && scalar.kind() != ScalarNode.Kind.NULL) {
      String text = scalar.kind() == ScalarNode.Kind.STRING
          ? "\"" + shortened(scalar.text()) + "\"" : scalar.text();
      return node.kindDescription() + " " + text;
    }
    return node.kindDescription();
  }

  private static String shortened(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static String stripPath(String message) {
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }

  /** "TimeoutSeconds", or "Choices[2]" for an array element. */
  private static String fieldLabel(String pointer) {
    String last = name(pointer);
    if (!last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      return name(parent) + "[" + last + "]";
    }
    return last;
  }

  private static String name(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The key that names the object at the pointer (a state's name), else the object. */
  private static Node keyOf(String pointer, Map<String, Node> byPointer) {
    Node key = byPointer.get("key:" + pointer);
    return key != null ? key : byPointer.get(pointer);
  }

  /**
   * A value the linter cannot read: a placeholder left in place, a JSONata expression, a
   * CloudFormation intrinsic or a tagged YAML value.
   */
  private static boolean isUnknownValue(Node node) {
    if (node.tag().isPresent()) {
      return true;
    }
    if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING) {
      return scalar.text().contains("${") || JSONATA.matcher(scalar.text()).matches();
    }
    return isIntrinsic(node);
  }

  private static boolean isIntrinsic(Node node) {
    return node instanceof ObjectNode object && object.members().size() == 1
        && (object.members().get(0).name().equals("Ref")
            || object.members().get(0).name().startsWith("Fn::"));
  }

  /** A CloudFormation intrinsic or a tagged node: nothing in it is judged. */
  private static boolean isOpaque(Node node) {
    return isIntrinsic(node) || node.tag().isPresent();
  }

  /** Within (or at) a CloudFormation intrinsic or a tagged node: nothing there is judged. */
  private static boolean isUnknowable(String pointer, Map<String, Node> byPointer) {
    for (String prefix = pointer; ; prefix = prefix.substring(0, prefix.lastIndexOf('/'))) {
      Node node = byPointer.get(prefix);
      if (node != null && isOpaque(node)) {
        return true;
      }
      if (prefix.isEmpty()) {
        return false;
      }
    }
  }

  private static String readSchemaText() {
    try (InputStream in = AslSchema.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
