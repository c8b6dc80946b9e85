package dev.sfnappsynclint.asl.jsonata;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.jsonata.JsonataNode.Child;
import dev.sfnappsynclint.asl.jsonata.JsonataNode.Role;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code {% ... %}} string of a state: where it is written, what it says, and what the
 * linter can tell of it once parsed.
 */
public final class JsonataExpression {

  /** Where in a state the expression is written. */
  public enum Place {
    /** A field of the state itself. */
    STATE,
    /** A field of one of a Choice state's rules ({@code Choices[i]}). */
    CHOICE_RULE,
    /** A field of one of the state's Catchers ({@code Catch[i]}). */
    CATCHER
  }

  /** A reference in the expression: the node and its offset in the expression text. */
  public record Reference(JsonataNode node, String name, int offset, int length) {
  }

  private final State state;
  private final ScalarNode node;
  private final Place place;
  private final int index;
  private final String field;
  private final String text;
  private final JsonataParser.Result result;
  private final List<Reference> rootReferences = new ArrayList<>();
  private final List<Reference> statesFields = new ArrayList<>();
  private final List<Reference> calls = new ArrayList<>();
  private final List<Reference> variableReads = new ArrayList<>();

  JsonataExpression(State state, ScalarNode node, Place place, int index, String field) {
    this.state = state;
    this.node = node;
    this.place = place;
    this.index = index;
    this.field = field;
    String written = node.text();
    this.text = written.substring(2, written.length() - 2);
    this.result = text.contains("${")
        ? new JsonataParser.Unchecked("it holds a ${placeholder}")
        : JsonataParser.parse(text);
    if (result instanceof JsonataParser.Parsed parsed) {
      analyse(parsed.root());
    }
  }

  /** Whether a string is written as a JSONata expression: {@code {%} ... {@code %}}. */
  public static boolean isExpression(String text) {
    return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
  }

  public State state() {
    return state;
  }

  /** The string the expression is written in. */
  public ScalarNode node() {
    return node;
  }

  public Place place() {
    return place;
  }

  /** The index of the Choice rule or Catcher; -1 for {@link Place#STATE}. */
  public int index() {
    return index;
  }

  /** The top-level field of the state, rule or Catcher the expression is in ({@code Output}). */
  public String field() {
    return field;
  }

  /** How a message names where the expression is: {@code Output}, {@code Catch[0].Assign}. */
  public String describeField() {
    return switch (place) {
      case STATE -> field;
      case CHOICE_RULE -> "Choices[" + index + "]." + field;
      case CATCHER -> "Catch[" + index + "]." + field;
    };
  }

  /** The text between {@code {%} and {@code %}}. */
  public String text() {
    return text;
  }

  public JsonataParser.Result result() {
    return result;
  }

  public Optional<JsonataNode> root() {
    return result instanceof JsonataParser.Parsed parsed ? Optional.of(parsed.root())
        : Optional.empty();
  }

  public Optional<JsonataSyntaxError> syntaxError() {
    return result instanceof JsonataParser.Invalid invalid ? Optional.of(invalid.error())
        : Optional.empty();
  }

  /**
   * References to the expression's input at its top level — {@code $}, {@code $$}, a field name
   * or wildcard that is not inside a predicate, a later path step or a function body.
   */
  public List<Reference> rootReferences() {
    return rootReferences;
  }

  /** {@code $states.<name>} paths: the reference's name is the field ({@code result}, ...). */
  public List<Reference> statesFields() {
    return statesFields;
  }

  /** Calls of a function by name ({@code $count(...)}) that the expression does not bind itself. */
  public List<Reference> calls() {
    return calls;
  }

  /**
   * Reads of workflow variables: {@code $name} other than {@code $states}, a called function, or
   * a name the expression binds itself ({@code :=}, a lambda parameter, {@code @$x}, {@code #$i}).
   * A name of a built-in function passed as a value ({@code $map($xs, $string)}) is among them.
   */
  public List<Reference> variableReads() {
    return variableReads;
  }

  /**
   * Where a part of the expression text is in the file: a range inside the string when it is
   * written on one line without escapes, else the whole string.
   */
  public Location location(int offset, int length) {
    SourceFile source = node.source();
    TextRange range = node.range();
    if (range.start().line() != range.end().line() || offset < 0) {
      return node.location();
    }
    int start = source.lines().lineStart(range.start().line()) + range.start().column() - 1;
    int end = source.lines().lineStart(range.end().line()) + range.end().column() - 1;
    if (start < 0 || end > source.text().length() || start > end) {
      return node.location();
    }
    String written = source.text().substring(start, end);
    String value = node.text();
    int quote;
    if (written.equals(value)) {
      quote = 0;
    } else if (written.length() == value.length() + 2 && written.substring(1, written.length() - 1)
        .equals(value)) {
      quote = 1;
    } else {
      return node.location();
    }
    int from = Math.min(offset, text.length());
    int to = Math.min(text.length(), Math.max(from + 1, from + length));
    int column = range.start().column() + quote + 2;
    return new Location(source.displayPath(), new TextRange(
        new Position(range.start().line(), column + from),
        new Position(range.start().line(), column + to)), node.pointer());
  }

  private record Visit(JsonataNode node, boolean rootContext) {
  }

  private void analyse(JsonataNode root) {
    Set<String> bound = new HashSet<>();
    List<JsonataNode> variables = new ArrayList<>();
    Set<JsonataNode> procedures = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    Deque<Visit> pending = new ArrayDeque<>();
    pending.push(new Visit(root, true));
    while (!pending.isEmpty()) {
      Visit visit = pending.pop();
      JsonataNode current = visit.node();
      if (visit.rootContext() && isInputReference(current)) {
        rootReferences.add(reference(current, tokenLength(current)));
      }
      if (current.is("path") && !current.children().isEmpty()) {
        statesField(current);
      }
      if (current.is("variable")) {
        variables.add(current);
      }
      for (Child child : current.children()) {
        JsonataNode node = child.node();
        switch (child.role()) {
          case PARAMETER, BIND_TARGET -> {
            if (node.is("variable")) {
              bound.add(node.value());
            }
            continue;
          }
          case PROCEDURE -> {
            if (node.isNamedVariable()) {
              procedures.add(node);
            }
          }
          default -> {
          }
        }
        boolean inherits = child.role() == Role.OPERAND || child.role() == Role.FIRST_STEP
            || child.role() == Role.PROCEDURE;
        pending.push(new Visit(node, visit.rootContext() && inherits));
      }
    }
    for (JsonataNode variable : variables) {
      if (!variable.isNamedVariable() || bound.contains(variable.value())) {
        continue;
      }
      Reference reference = reference(variable, variable.value().length() + 1);
      if (procedures.contains(variable)) {
        calls.add(reference);
      } else if (!variable.value().equals("states")) {
        variableReads.add(reference);
      }
    }
    rootReferences.sort(java.util.Comparator.comparingInt(Reference::offset));
    calls.sort(java.util.Comparator.comparingInt(Reference::offset));
    variableReads.sort(java.util.Comparator.comparingInt(Reference::offset));
    statesFields.sort(java.util.Comparator.comparingInt(Reference::offset));
  }

  private static boolean isInputReference(JsonataNode node) {
    return switch (node.type()) {
      case "name", "wildcard", "descendant", "parent" -> true;
      case "variable" -> node.value().isEmpty() || node.value().equals("$");
      default -> false;
    };
  }

  private void statesField(JsonataNode path) {
    JsonataNode first = path.children().get(0).node();
    if (!first.is("variable") || !first.value().equals("states") || path.children().size() < 2) {
      return;
    }
    Child second = path.children().get(1);
    if (second.role() == Role.STEP && second.node().is("name")) {
      int start = start(first, first.value().length() + 1);
      int end = second.node().position();
      statesFields.add(new Reference(second.node(), second.node().value(), start,
          Math.max(1, end - start)));
    }
  }

  private static int tokenLength(JsonataNode node) {
    return switch (node.type()) {
      case "name" -> Math.max(1, node.value().length());
      case "variable" -> node.value().length() + 1;
      case "descendant" -> 2;
      default -> 1;
    };
  }

  private Reference reference(JsonataNode node, int length) {
    return new Reference(node, node.value(), start(node, length), length);
  }

  /** The parser records where a token ends; where it starts, as far as that tells. */
  private int start(JsonataNode node, int length) {
    int start = node.position() - length;
    return start < 0 || start > text.length() ? -1 : start;
  }
}
