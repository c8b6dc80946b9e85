package dev.sfnappsynclint.asl.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Parser;
import dev.sfnappsynclint.asl.jsonata.JsonataNode.Child;
import dev.sfnappsynclint.asl.jsonata.JsonataNode.Role;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses JSONata expressions with the dashjoin parser (a port of the reference implementation)
 * and copies its syntax tree into {@link JsonataNode}s.
 *
 * <p>The parser's nodes keep their fields package-private, so they are read by reflection, once
 * per field. The parser recurses and is quadratic in places, so an expression nested deeper than
 * {@link #MAX_DEPTH} brackets or longer than {@link #MAX_TOKENS} tokens is not parsed, and a
 * stack overflow that still happens is caught: either way the expression is left unchecked.
 */
public final class JsonataParser {

  /** Bracket nesting beyond this is not parsed. */
  public static final int MAX_DEPTH = 64;
  /** Expressions with more tokens than this are not parsed (the parser is quadratic on chains). */
  public static final int MAX_TOKENS = 800;

  /** What parsing one expression gave. */
  public sealed interface Result permits Parsed, Invalid, Unchecked {
  }

  public record Parsed(JsonataNode root) implements Result {
  }

  public record Invalid(JsonataSyntaxError error) implements Result {
  }

  /** Not parsed: {@code reason} says why ("too deeply nested", ...). */
  public record Unchecked(String reason) implements Result {
  }

  private static final Class<?> SYMBOL;
  private static final Field TYPE;
  private static final Field VALUE;
  private static final Field POSITION;
  private static final Field FOCUS;
  private static final Field INDEX;
  /** Child fields and the part they play; a field missing in this parser version is skipped. */
  private static final List<Map.Entry<Field, Role>> CHILD_FIELDS = new ArrayList<>();

  static {
    try {
      SYMBOL = Class.forName("com.dashjoin.jsonata.Parser$Symbol");
      TYPE = field("type");
      VALUE = field("value");
      POSITION = field("position");
      FOCUS = field("focus");
      INDEX = field("index");
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
    child("procedure", Role.PROCEDURE);
    child("arguments", Role.OPERAND);
    child("lhs", Role.OPERAND);
    child("rhs", Role.OPERAND);
    child("expression", Role.OPERAND);
    child("expressions", Role.OPERAND);
    child("lhsObject", Role.OPERAND);
    child("condition", Role.OPERAND);
    child("then", Role.OPERAND);
    child("_else", Role.OPERAND);
    child("body", Role.BODY);
    child("predicate", Role.PER_ITEM);
    child("stages", Role.PER_ITEM);
    child("group", Role.PER_ITEM);
    child("rhsObject", Role.PER_ITEM);
    child("terms", Role.PER_ITEM);
    child("expr", Role.PER_ITEM);
    child("pattern", Role.PER_ITEM);
    child("update", Role.PER_ITEM);
    child("delete", Role.PER_ITEM);
  }

  private JsonataParser() {
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field field = SYMBOL.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  private static void child(String name, Role role) {
    try {
      CHILD_FIELDS.add(Map.entry(field(name), role));
    } catch (NoSuchFieldException e) {
      // Another parser version: that part of the tree is not looked at.
    }
  }

  /** Parses the text between {@code {%} and {@code %}}. */
  public static Result parse(String expression) {
    String tooComplex = tooComplex(expression);
    if (tooComplex != null) {
      return new Unchecked(tooComplex);
    }
    Object root;
    try {
      root = new Parser().parse(expression);
    } catch (JException e) {
      return new Invalid(new JsonataSyntaxError(describe(e), e.getError() == null ? "" : e.getError(),
          e.getLocation()));
    } catch (StackOverflowError e) {
      return new Unchecked("too deeply nested");
    } catch (RuntimeException e) {
      // The parser failing in another way is no finding about the user's expression.
      return new Unchecked("the JSONata parser failed: " + e.getClass().getSimpleName());
    }
    if (root == null) {
      return new Invalid(new JsonataSyntaxError("The expression is empty", "", 0));
    }
    try {
      return new Parsed(copy(root));
    } catch (IllegalAccessException e) {
      return new Unchecked("the JSONata parser's tree could not be read");
    }
  }

  private static String describe(JException e) {
    String message = e.getMessage() == null ? "Syntax error" : e.getMessage();
    return message.strip();
  }

  /** A reason not to parse, or null: nesting and length the parser cannot take safely. */
  static String tooComplex(String text) {
    int depth = 0;
    int tokens = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      tokens++;
      if (c == '"' || c == '\'' || c == '`') {
        i++;
        while (i < n && text.charAt(i) != c) {
          i += text.charAt(i) == '\\' && c != '`' ? 2 : 1;
        }
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        tokens--;
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
        i++;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
      } else {
        if (c == '(' || c == '[' || c == '{') {
          depth++;
          if (depth > MAX_DEPTH) {
            return "too deeply nested (more than " + MAX_DEPTH + " levels of brackets)";
          }
        } else if (c == ')' || c == ']' || c == '}') {
          depth = Math.max(0, depth - 1);
        }
        i++;
      }
      if (tokens > MAX_TOKENS) {
        return "too long to check (more than " + MAX_TOKENS + " tokens)";
      }
    }
    return null;
  }

  private static final class Frame {
    final Object symbol;
    final int parent;
    final Role role;
    final List<Child> children = new ArrayList<>();

    Frame(Object symbol, int parent, Role role) {
      this.symbol = symbol;
      this.parent = parent;
      this.role = role;
    }
  }

  /**
   * Copies the parser's tree without recursion: frames in pre-order (every descendant after its
   * ancestor), then built from the last to the first.
   */
  private static JsonataNode copy(Object root) throws IllegalAccessException {
    List<Frame> frames = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Frame> pending = new ArrayDeque<>();
    pending.push(new Frame(root, -1, Role.OPERAND));
    seen.add(root);
    while (!pending.isEmpty()) {
      Frame frame = pending.pop();
      int index = frames.size();
      frames.add(frame);
      List<Frame> children = new ArrayList<>();
      Object symbol = frame.symbol;
      if ("path".equals(TYPE.get(symbol))) {
        List<?> steps = list(symbol, STEPS);
        for (int i = 0; i < steps.size(); i++) {
          add(children, seen, steps.get(i), index, i == 0 ? Role.FIRST_STEP : Role.STEP);
        }
      }
      if ("lambda".equals(TYPE.get(symbol))) {
        for (Object parameter : list(symbol, ARGUMENTS)) {
          add(children, seen, parameter, index, Role.PARAMETER);
        }
      }
      if ("bind".equals(TYPE.get(symbol)) && LHS != null) {
        add(children, seen, LHS.get(symbol), index, Role.BIND_TARGET);
      }
      for (Map.Entry<Field, Role> entry : CHILD_FIELDS) {
        String name = entry.getKey().getName();
        if (("lambda".equals(TYPE.get(symbol)) && name.equals("arguments"))
            || ("bind".equals(TYPE.get(symbol)) && name.equals("lhs"))) {
          continue;
        }
        Object value = entry.getKey().get(symbol);
        addAll(children, seen, value, index, entry.getValue());
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
    JsonataNode[] built = new JsonataNode[frames.size()];
    for (int i = frames.size() - 1; i >= 0; i--) {
      Frame frame = frames.get(i);
      List<Child> children = new ArrayList<>(frame.children);
      Collections.reverse(children);
      built[i] = new JsonataNode(text(TYPE.get(frame.symbol)), text(VALUE.get(frame.symbol)),
          POSITION.getInt(frame.symbol), List.copyOf(children));
      addBindings(frame, built, i);
      if (frame.parent >= 0) {
        frames.get(frame.parent).children.add(new Child(frame.role, built[i]));
      }
    }
    return built[0];
  }

  private static final Field LHS = fieldOrNull("lhs");
  private static final Field STEPS = fieldOrNull("steps");
  private static final Field ARGUMENTS = fieldOrNull("arguments");

  private static Field fieldOrNull(String name) {
    try {
      return field(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  /** {@code @$name} and {@code #$name} bind names on a step: kept as parameter children. */
  private static void addBindings(Frame frame, JsonataNode[] built, int i)
      throws IllegalAccessException {
    for (Field binding : new Field[] {FOCUS, INDEX}) {
      if (binding.get(frame.symbol) instanceof String name && !name.isEmpty()) {
        List<Child> children = new ArrayList<>(built[i].children());
        children.add(new Child(Role.PARAMETER,
            new JsonataNode("variable", name, built[i].position(), List.of())));
        built[i] = new JsonataNode(built[i].type(), built[i].value(), built[i].position(),
            List.copyOf(children));
      }
    }
  }

  private static List<?> list(Object symbol, Field field) throws IllegalAccessException {
    Object value = field == null ? null : field.get(symbol);
    return value instanceof List<?> list ? list : List.of();
  }

  private static void addAll(List<Frame> children, Set<Object> seen, Object value, int parent,
      Role role) {
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Object[] pair) {
          for (Object part : pair) {
            add(children, seen, part, parent, role);
          }
        } else {
          add(children, seen, element, parent, role);
        }
      }
    } else {
      add(children, seen, value, parent, role);
    }
  }

  private static void add(List<Frame> children, Set<Object> seen, Object value, int parent,
      Role role) {
    if (value != null && SYMBOL.isInstance(value) && seen.add(value)) {
      children.add(new Frame(value, parent, role));
    }
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
