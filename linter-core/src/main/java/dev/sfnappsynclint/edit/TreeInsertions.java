package dev.sfnappsynclint.edit;

import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.source.TextRange;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Text edits that insert a value into a located JSON or YAML tree, written the way the file
 * already writes such values: a member into an object, an element into an array. Rules use them
 * for suggested fixes ("add this retrier"); the edit is computed from the node ranges the tree
 * readers keep, so nothing is re-serialised and the rest of the file stays byte for byte.
 *
 * <p>What is kept: the indentation step (2, 4, tabs in JSON), where the new entry goes (its own
 * line, or the same line as its neighbours), JSON commas, YAML block versus flow style, the
 * offset of a block sequence's dashes under their key, the quoting of strings and keys, the
 * spacing inside brackets and around colons, and the file's line breaks. Formatting choices the
 * container does not show are taken from elsewhere in the document given to {@link #in}, then
 * from the whole file, then defaults (two spaces, JSON as {@code JSON.stringify(v, null, 2)}
 * writes it).
 *
 * <p>An edit is only offered where it is well defined: the container must be written in the file
 * where its range says (not an alias copy, not anchored or tagged, not text inside a string —
 * the caller checks the last, see {@code StateMachine.isWrittenAsTree()}), with children in
 * order. Otherwise the result is empty and the finding simply carries no fix.
 *
 * <p>Values are plain Java: a {@link Map} (its iteration order is the member order), a
 * {@link List}, a {@link CharSequence}, a {@link Number} or a {@link Boolean}.
 */
public final class TreeInsertions {

  private static final int SAMPLE_LIMIT = 20_000;
  private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");
  private static final Pattern YAML_RESERVED = Pattern.compile(
      "(?i)true|false|yes|no|on|off|y|n|null");
  private static final Pattern KEY_VALUE_SEPARATOR = Pattern.compile("[ \\t]*:[ \\t]*");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[ \\t]*,[ \\t]*");
  /** What stands before an empty container on its line in pretty-printed text: a key alone. */
  private static final Pattern KEY_ALONE = Pattern.compile(
      "[ \\t]*(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^\\s,{}\\[\\]\"'#][^,{}\\[\\]#]*?)[ \\t]*:[ \\t]*");

  private final Node document;
  private final Map<SourceFile, Layout> layouts = new IdentityHashMap<>();
  private Samples documentSamples;

  private TreeInsertions(Node document) {
    this.document = document;
  }

  /**
   * Insertions into the tree {@code document} (a state machine definition, a whole file), which
   * is also where formatting choices are sampled when the container itself shows none.
   */
  public static TreeInsertions in(Node document) {
    return new TreeInsertions(document);
  }

  /**
   * True when the member's value is written after its key, where its range says: false for a
   * YAML alias ({@code Retry: *defaults}), whose copy carries the anchored value's range.
   */
  public static boolean writtenInPlace(Member member) {
    return member.value().range().start().compareTo(member.key().range().end()) >= 0;
  }

  /** Inserts {@code value} as element {@code index} of the array (its size appends). */
  public Optional<TextEdit> insertElement(ArrayNode array, int index, Object value) {
    return elementInsertion(array, index, value).map(Supplier::get);
  }

  /** Inserts the member {@code name: value} at position {@code index} of the object. */
  public Optional<TextEdit> insertMember(ObjectNode object, int index, String name, Object value) {
    return memberInsertion(object, index, name, value).map(Supplier::get);
  }

  /**
   * As {@link #insertElement}, but only whether the edit can be made is decided now; the
   * edit is rendered when the supplier is first called (each call renders it again). For
   * suggested fixes, which most runs never render.
   */
  public Optional<Supplier<TextEdit>> elementInsertion(ArrayNode array, int index,
      Object value) {
    return elementInsertionUnsynchronized(array, index, value).map(this::synchronizedOnThis);
  }

  /**
   * As {@link #insertMember}, rendered when the supplier is called: see
   * {@link #elementInsertion}.
   */
  public Optional<Supplier<TextEdit>> memberInsertion(ObjectNode object, int index, String name,
      Object value) {
    return memberInsertionUnsynchronized(object, index, name, value)
        .map(this::synchronizedOnThis);
  }

  /** Rendering fills this object's per-file measurements, which are not thread-safe. */
  private Supplier<TextEdit> synchronizedOnThis(Supplier<TextEdit> render) {
    return () -> {
      synchronized (this) {
        return render.get();
      }
    };
  }

  private Optional<Supplier<TextEdit>> elementInsertionUnsynchronized(ArrayNode array,
      int index, Object value) {
    if (index < 0 || index > array.size()) {
      throw new IndexOutOfBoundsException("index " + index + " of an array of " + array.size());
    }
    Layout layout = layout(array.source());
    if (!layout.startsWritten(array)) {
      return Optional.empty();
    }
    List<Span> spans = new ArrayList<>();
    for (Node element : array.elements()) {
      spans.add(new Span(layout.start(element), layout.start(element), layout.end(element),
          element));
    }
    char open = layout.at(layout.start(array));
    if (open == '[') {
      return flowInsert(layout, array, spans, index,
          (style, inline, indent) -> style.render(value, indent, inline));
    }
    if (open == '-' && layout.yaml) {
      return blockSequenceInsert(layout, array, spans, index, value);
    }
    return Optional.empty();
  }

  private Optional<Supplier<TextEdit>> memberInsertionUnsynchronized(ObjectNode object,
      int index, String name, Object value) {
    if (index < 0 || index > object.members().size()) {
      throw new IndexOutOfBoundsException("index " + index + " of an object of "
          + object.members().size() + " members");
    }
    Layout layout = layout(object.source());
    if (!layout.startsWritten(object)) {
      return Optional.empty();
    }
    List<Span> spans = new ArrayList<>();
    for (Member member : object.members()) {
      if (!writtenInPlace(member)) {
        return Optional.empty();
      }
      spans.add(new Span(layout.start(member.key()), layout.start(member.value()),
          layout.end(member.value()), member.key()));
    }
    char open = layout.at(layout.start(object));
    if (open == '{') {
      return flowInsert(layout, object, spans, index, (style, inline, indent) -> {
        boolean arraysInline = object.members().stream().map(Member::value)
            .anyMatch(v -> v instanceof ArrayNode a && a.size() > 0
                && a.elements().get(0) instanceof ObjectNode && layout.singleLine(a));
        return style.key(name) + style.keyValueSeparator
            + style.render(value, indent, inline || arraysInline && value instanceof List);
      });
    }
    if (layout.yaml && !object.members().isEmpty()
        && layout.start(object) == layout.start(object.members().get(0).key())) {
      return blockMappingInsert(layout, object, spans, index, name, value);
    }
    return Optional.empty();
  }

  // ---- flow: JSON, and YAML written in brackets ----

  /** One child: where it starts (its key for a member), where its value starts and ends. */
  private record Span(int start, int valueStart, int end, Node node) {}

  /** Renders the new child: on one line or not, with this indentation for later lines. */
  private interface ItemRenderer {
    String render(FlowStyle style, boolean inline, String indent);
  }

  private Optional<Supplier<TextEdit>> flowInsert(Layout layout, Node container,
      List<Span> spans, int index, ItemRenderer item) {
    int open = layout.start(container);
    int close = layout.end(container) - 1;
    char closing = layout.at(open) == '{' ? '}' : ']';
    if (layout.at(close) != closing || !inOrder(spans, open + 1, close)) {
      return Optional.empty();
    }
    return Optional.of(() -> flowEdit(layout, container, spans, index, open, close, item));
  }

  private TextEdit flowEdit(Layout layout, Node container, List<Span> spans, int index,
      int open, int close, ItemRenderer item) {
    FlowStyle style = flowStyle(layout, container);
    boolean containerInline = layout.singleLine(container);
    if (spans.isEmpty()) {
      String before = layout.text.substring(layout.lines.lineStart(layout.line(open)), open);
      if (!containerInline || KEY_ALONE.matcher(before).matches()) {
        String base = layout.indentOfLine(open);
        String inner = base + style.unit;
        return layout.edit(open + 1, close, style.newline + inner
            + item.render(style, false, inner) + style.newline + base);
      }
      String pad = container instanceof ObjectNode ? style.objectPad : style.arrayPad;
      return layout.edit(open + 1, close,
          pad + item.render(style, true, layout.indentOfLine(open)) + pad);
    }
    Span reference = spans.get(Math.min(index, spans.size() - 1));
    // The whitespace before a child is what follows the comma (or the opening bracket): the
    // new child gets the same, on its own line or not.
    String whitespace = layout.whitespaceBefore(reference.start);
    if (reference == spans.get(0) && whitespace.indexOf('\n') < 0
        && whitespace.indexOf('\r') < 0) {
      // What follows the opening bracket is no guide to what follows a comma.
      whitespace = style.itemSeparator.substring(style.itemSeparator.indexOf(',') + 1);
    }
    boolean inline = container instanceof ObjectNode
        ? containerInline : layout.singleLine(reference.node);
    String rendered = item.render(style, inline, layout.indentOfLine(reference.start));
    if (index == spans.size()) {
      return layout.edit(reference.end, reference.end, "," + whitespace + rendered);
    }
    return layout.edit(reference.start, reference.start, rendered + "," + whitespace);
  }

  private static boolean inOrder(List<Span> spans, int from, int to) {
    int at = from;
    for (Span span : spans) {
      if (span.start < at || span.valueStart < span.start || span.end < span.valueStart
          || span.end > to) {
        return false;
      }
      at = span.end;
    }
    return true;
  }

  /** How the file writes flow collections, as the container or the document shows it. */
  private static final class FlowStyle {
    final boolean json;
    final Quote stringQuote;
    final Quote keyQuote;
    final String objectPad;
    final String arrayPad;
    final String keyValueSeparator;
    final String itemSeparator;
    final boolean scalarListsInline;
    final String unit;
    final String newline;

    FlowStyle(Layout layout, Samples samples) {
      this.json = !layout.yaml;
      this.stringQuote = json ? Quote.DOUBLE : samples.stringQuote.orElse(Quote.PLAIN);
      this.keyQuote = json ? Quote.DOUBLE : samples.keyQuote.orElse(Quote.PLAIN);
      this.objectPad = samples.objectPad.orElse(json ? "" : " ");
      this.arrayPad = samples.arrayPad.orElse(objectPad);
      this.keyValueSeparator = samples.keyValueSeparator.orElse(": ");
      this.itemSeparator = samples.itemSeparator.orElse(", ");
      this.scalarListsInline = samples.scalarListsInFlowInline.orElse(!json);
      this.unit = layout.indentUnit();
      this.newline = layout.newline;
    }

    String key(String name) {
      return keyQuote.write(name, true);
    }

    String render(Object value, String indent, boolean inline) {
      if (value instanceof Map<?, ?> map) {
        if (map.isEmpty()) {
          return "{}";
        }
        List<String> entries = new ArrayList<>();
        String inner = indent + unit;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          entries.add(key(String.valueOf(entry.getKey())) + keyValueSeparator
              + render(entry.getValue(), inner, inline));
        }
        return inline
            ? "{" + objectPad + String.join(itemSeparator, entries) + objectPad + "}"
            : "{" + newline + inner + String.join("," + newline + inner, entries) + newline
                + indent + "}";
      }
      if (value instanceof List<?> list) {
        if (list.isEmpty()) {
          return "[]";
        }
        boolean scalars = list.stream().noneMatch(e -> e instanceof Map || e instanceof List);
        boolean oneLine = inline || scalars && scalarListsInline;
        String inner = indent + unit;
        List<String> elements = new ArrayList<>();
        for (Object element : list) {
          elements.add(render(element, inner, oneLine));
        }
        return oneLine
            ? "[" + arrayPad + String.join(itemSeparator, elements) + arrayPad + "]"
            : "[" + newline + inner + String.join("," + newline + inner, elements) + newline
                + indent + "]";
      }
      return scalar(value, stringQuote);
    }
  }

  private FlowStyle flowStyle(Layout layout, Node container) {
    return new FlowStyle(layout, samples(layout, container));
  }

  /** What the container shows, then what the document (in the same file) shows. */
  private Samples samples(Layout layout, Node container) {
    Samples own = Samples.of(layout, container);
    if (document == null || document.source() != container.source()) {
      return own;
    }
    if (documentSamples == null) {
      documentSamples = Samples.of(layout, document);
    }
    return own.or(documentSamples);
  }

  /** One layout per file, so that its measurements are made once. */
  private Layout layout(SourceFile file) {
    return layouts.computeIfAbsent(file, Layout::new);
  }

  // ---- YAML block style ----

  private Optional<Supplier<TextEdit>> blockMappingInsert(Layout layout, ObjectNode object,
      List<Span> spans, int index, String name, Object value) {
    int column = layout.column(spans.get(0).start);
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      if (layout.column(span.start) != column
          || (i > 0 || index == 0) && !layout.firstOnLine(span.start)
          || i > 0 && layout.line(span.start) <= layout.line(spans.get(i - 1).start)) {
        return Optional.empty();
      }
    }
    return Optional.of(() -> {
      BlockStyle style = new BlockStyle(layout, samples(layout, object));
      List<String> lines = new ArrayList<>();
      style.member(name, value, column, lines);
      return blockInsert(layout, spans, index, column, false, lines);
    });
  }

  private Optional<Supplier<TextEdit>> blockSequenceInsert(Layout layout, ArrayNode array,
      List<Span> spans, int index, Object value) {
    int dashColumn = -1;
    int contentOffset = -1;
    for (int i = 0; i < spans.size(); i++) {
      int start = spans.get(i).start;
      int dash = start - 1;
      while (dash >= 0 && layout.at(dash) == ' ') {
        dash--;
      }
      if (layout.at(dash) != '-' || !layout.firstOnLine(dash)
          || i > 0 && layout.line(dash) <= layout.line(spans.get(i - 1).start)) {
        return Optional.empty();
      }
      int column = layout.column(dash);
      if (dashColumn >= 0 && (column != dashColumn || start - dash != contentOffset)) {
        return Optional.empty();
      }
      dashColumn = column;
      contentOffset = start - dash;
    }
    if (spans.isEmpty() || contentOffset < 2) {
      return Optional.empty();
    }
    int column = dashColumn;
    int offset = contentOffset;
    return Optional.of(() -> {
      BlockStyle style = new BlockStyle(layout, samples(layout, array));
      List<String> lines = new ArrayList<>();
      style.element(value, column, offset, lines);
      // Insert before element i's dash, or after the sequence's last line.
      List<Span> dashes = new ArrayList<>();
      for (Span span : spans) {
        int dash = layout.lines.lineStart(layout.line(span.start)) + column;
        dashes.add(new Span(dash, span.valueStart, span.end, span.node));
      }
      return blockInsert(layout, dashes, index, column, true, lines);
    });
  }

  /** Inserts whole lines before child {@code index}'s line, or after the last child's lines. */
  private static TextEdit blockInsert(Layout layout, List<Span> spans, int index,
      int column, boolean sequence, List<String> lines) {
    String text = String.join(layout.newline, lines);
    if (index < spans.size()) {
      // Comment lines just above the child, at its indentation, are about it: go above them.
      int line = layout.line(spans.get(index).start);
      while (line > 1 && index > 0 && line - 1 > layout.line(spans.get(index - 1).start)
          && isCommentAt(layout.lines.lineText(line - 1), column)) {
        line--;
      }
      int at = layout.lines.lineStart(line);
      return layout.edit(at, at, text + layout.newline);
    }
    int last = layout.blockEnd(layout.line(spans.get(spans.size() - 1).start), column, sequence);
    if (last >= layout.lines.lineCount()) {
      int end = layout.text.length();
      boolean endsWithBreak = end > 0
          && (layout.text.charAt(end - 1) == '\n' || layout.text.charAt(end - 1) == '\r');
      return endsWithBreak
          ? layout.edit(end, end, text + layout.newline)
          : layout.edit(end, end, layout.newline + text);
    }
    int at = layout.lines.lineStart(last + 1);
    return layout.edit(at, at, text + layout.newline);
  }

  private static boolean isCommentAt(String line, int column) {
    return line.length() > column && line.substring(0, column).isBlank()
        && line.charAt(column) == '#';
  }

  /** How the file writes block collections. */
  private static final class BlockStyle {
    final Quote stringQuote;
    final Quote keyQuote;
    final int unit;
    final int sequenceOffset;
    final boolean scalarListsInFlow;

    BlockStyle(Layout layout, Samples samples) {
      this.stringQuote = samples.stringQuote.orElse(Quote.PLAIN);
      this.keyQuote = samples.keyQuote.orElse(Quote.PLAIN);
      this.unit = layout.indentWidth();
      this.sequenceOffset = samples.blockSequenceOffset
          .orElseGet(() -> layout.textualSequenceOffset().orElse(unit));
      this.scalarListsInFlow = samples.scalarListsInFlowInBlock.orElse(false);
    }

    /** {@code name: value} at {@code column}, as lines. */
    void member(String name, Object value, int column, List<String> lines) {
      String key = keyQuote.write(name, false);
      String indent = " ".repeat(column);
      if (value instanceof Map<?, ?> map && !map.isEmpty()) {
        lines.add(indent + key + ":");
        mapping(map, column + unit, lines);
      } else if (value instanceof List<?> list && !list.isEmpty()
          && !(scalarListsInFlow && scalars(list))) {
        lines.add(indent + key + ":");
        for (Object element : list) {
          element(element, column + sequenceOffset, 2, lines);
        }
      } else {
        lines.add(indent + key + ": " + inline(value));
      }
    }

    void mapping(Map<?, ?> map, int column, List<String> lines) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        member(String.valueOf(entry.getKey()), entry.getValue(), column, lines);
      }
    }

    /** {@code - value} with the dash at {@code dashColumn}, content {@code offset} further. */
    void element(Object value, int dashColumn, int offset, List<String> lines) {
      String dash = " ".repeat(dashColumn) + "-" + " ".repeat(offset - 1);
      if (value instanceof Map<?, ?> map && !map.isEmpty()) {
        int first = lines.size();
        mapping(map, dashColumn + offset, lines);
        lines.set(first, dash + lines.get(first).substring(dashColumn + offset));
      } else if (value instanceof List<?> list && !list.isEmpty()
          && !(scalarListsInFlow && scalars(list))) {
        int first = lines.size();
        for (Object element : list) {
          element(element, dashColumn + offset, 2, lines);
        }
        lines.set(first, dash + lines.get(first).substring(dashColumn + offset));
      } else {
        lines.add(dash + inline(value));
      }
    }

    /** A scalar, or a collection in flow style. */
    String inline(Object value) {
      if (value instanceof Map<?, ?> map) {
        List<String> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(keyQuote.write(String.valueOf(k), true) + ": "
            + inline(v)));
        return "{" + String.join(", ", entries) + "}";
      }
      if (value instanceof List<?> list) {
        List<String> elements = new ArrayList<>();
        list.forEach(e -> elements.add(inline(e)));
        return "[" + String.join(", ", elements) + "]";
      }
      return scalar(value, stringQuote);
    }
  }

  private static boolean scalars(List<?> list) {
    return list.stream().noneMatch(e -> e instanceof Map || e instanceof List);
  }

  // ---- scalars ----

  private enum Quote {
    PLAIN, SINGLE, DOUBLE;

    /** A string as this style writes it; plain falls back to double quotes when unsafe. */
    String write(String text, boolean flow) {
      return switch (this) {
        case PLAIN -> plainSafe(text) ? text : DOUBLE.write(text, flow);
        case SINGLE -> "'" + text.replace("'", "''") + "'";
        case DOUBLE -> jsonString(text);
      };
    }
  }

  private static boolean plainSafe(String text) {
    return PLAIN_SAFE.matcher(text).matches() && !YAML_RESERVED.matcher(text).matches();
  }

  private static String scalar(Object value, Quote quote) {
    if (value instanceof Boolean || value instanceof Number) {
      return String.valueOf(value);
    }
    if (value == null) {
      return "null";
    }
    return quote.write(value.toString(), true);
  }

  static String jsonString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  // ---- what the document shows ----

  /**
   * Formatting choices read from written nodes: the first node (in document order) that shows a
   * choice decides it. Walks iteratively, at most {@link #SAMPLE_LIMIT} nodes, once per
   * container and once per document: with many insertions in one document the cost stays
   * linear.
   */
  private static final class Samples {
    final Optional<Quote> stringQuote;
    final Optional<Quote> keyQuote;
    final Optional<String> objectPad;
    final Optional<String> arrayPad;
    final Optional<String> keyValueSeparator;
    final Optional<String> itemSeparator;
    final Optional<Boolean> scalarListsInFlowInline;
    final Optional<Boolean> scalarListsInFlowInBlock;
    final Optional<Integer> blockSequenceOffset;

    private Samples(Optional<Quote> stringQuote, Optional<Quote> keyQuote,
        Optional<String> objectPad, Optional<String> arrayPad,
        Optional<String> keyValueSeparator, Optional<String> itemSeparator,
        Optional<Boolean> scalarListsInFlowInline, Optional<Boolean> scalarListsInFlowInBlock,
        Optional<Integer> blockSequenceOffset) {
      this.stringQuote = stringQuote;
      this.keyQuote = keyQuote;
      this.objectPad = objectPad;
      this.arrayPad = arrayPad;
      this.keyValueSeparator = keyValueSeparator;
      this.itemSeparator = itemSeparator;
      this.scalarListsInFlowInline = scalarListsInFlowInline;
      this.scalarListsInFlowInBlock = scalarListsInFlowInBlock;
      this.blockSequenceOffset = blockSequenceOffset;
    }

    static final Samples NONE = new Samples(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());

    /** What this shows, and where it shows nothing, what {@code fallback} shows. */
    Samples or(Samples fallback) {
      return new Samples(stringQuote.or(() -> fallback.stringQuote),
          keyQuote.or(() -> fallback.keyQuote), objectPad.or(() -> fallback.objectPad),
          arrayPad.or(() -> fallback.arrayPad),
          keyValueSeparator.or(() -> fallback.keyValueSeparator),
          itemSeparator.or(() -> fallback.itemSeparator),
          scalarListsInFlowInline.or(() -> fallback.scalarListsInFlowInline),
          scalarListsInFlowInBlock.or(() -> fallback.scalarListsInFlowInBlock),
          blockSequenceOffset.or(() -> fallback.blockSequenceOffset));
    }

    /** What the nodes under {@code root} (itself included) show. */
    static Samples of(Layout layout, Node root) {
      Reader reader = new Reader(layout, root);
      return new Samples(reader.stringQuote(), reader.keyQuote(), reader.flowPad(true),
          reader.flowPad(false), reader.flowKeyValueSeparator(), reader.flowItemSeparator(),
          reader.scalarListsInFlowInline(), reader.scalarListsInFlowInBlock(),
          reader.blockSequenceOffset());
    }
  }

  /** Reads the samples out of one subtree. */
  private static final class Reader {
    private final Layout layout;
    private final List<Node> nodes = new ArrayList<>();
    private final Set<Node> keys = Collections.newSetFromMap(new IdentityHashMap<>());

    Reader(Layout layout, Node root) {
      this.layout = layout;
      Deque<Node> stack = new ArrayDeque<>();
      stack.push(root);
      int seen = 0;
      while (!stack.isEmpty() && seen++ < SAMPLE_LIMIT) {
        Node node = stack.pop();
        nodes.add(node);
        List<Node> children = new ArrayList<>();
        if (node instanceof ObjectNode object) {
          for (Member member : object.members()) {
            if (writtenInPlace(member)) {
              keys.add(member.key());
              children.add(member.key());
              children.add(member.value());
            }
          }
        } else if (node instanceof ArrayNode array) {
          children.addAll(array.elements());
        }
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      }
    }

    private boolean isKey(Node node) {
      return keys.contains(node);
    }

    Optional<Quote> stringQuote() {
      for (Node node : nodes) {
        if (node.isString() && !isKey(node)) {
          return Optional.of(quoteOf(node));
        }
      }
      return Optional.empty();
    }

    Optional<Quote> keyQuote() {
      for (Node node : nodes) {
        if (node instanceof ScalarNode && isKey(node)) {
          return Optional.of(quoteOf(node));
        }
      }
      return Optional.empty();
    }

    private Quote quoteOf(Node node) {
      char first = layout.at(layout.start(node));
      return first == '"' ? Quote.DOUBLE : first == '\'' ? Quote.SINGLE : Quote.PLAIN;
    }

    /**
     * The space just inside the brackets of a one-line object ({@code "{ "} or none), or of a
     * one-line array.
     */
    Optional<String> flowPad(boolean objects) {
      for (Node node : nodes) {
        if ((node instanceof ObjectNode) == objects && isFlow(node)
            && !children(node).isEmpty() && layout.singleLine(node)) {
          char after = layout.at(layout.start(node) + 1);
          return Optional.of(after == ' ' ? " " : "");
        }
      }
      return Optional.empty();
    }

    Optional<String> flowKeyValueSeparator() {
      for (Node node : nodes) {
        if (node instanceof ObjectNode object && isFlow(node)) {
          for (Member member : object.members()) {
            if (!writtenInPlace(member)) {
              continue;
            }
            int from = layout.end(member.key());
            int to = layout.start(member.value());
            if (to > from && KEY_VALUE_SEPARATOR.matcher(layout.text.substring(from, to))
                .matches()) {
              return Optional.of(layout.text.substring(from, to));
            }
          }
        }
      }
      return Optional.empty();
    }

    Optional<String> flowItemSeparator() {
      for (Node node : nodes) {
        List<Node> children = children(node);
        if (isFlow(node) && children.size() >= 2) {
          int from = layout.end(children.get(0));
          int to = layout.start(node instanceof ObjectNode object
              ? object.members().get(1).key() : children.get(1));
          if (to > from && ITEM_SEPARATOR.matcher(layout.text.substring(from, to)).matches()) {
            return Optional.of(layout.text.substring(from, to));
          }
        }
      }
      return Optional.empty();
    }

    Optional<Boolean> scalarListsInFlowInline() {
      for (Node node : nodes) {
        if (node instanceof ArrayNode array && array.size() > 0 && isFlow(node)
            && array.elements().stream().allMatch(e -> e instanceof ScalarNode)) {
          return Optional.of(layout.singleLine(node));
        }
      }
      return Optional.empty();
    }

    Optional<Boolean> scalarListsInFlowInBlock() {
      for (Node node : nodes) {
        if (node instanceof ArrayNode array && array.size() > 0
            && array.elements().stream().allMatch(e -> e instanceof ScalarNode)) {
          return Optional.of(isFlow(node));
        }
      }
      return Optional.empty();
    }

    /** How far a block sequence's dashes stand right of its key: 0 ("indentless") or more. */
    Optional<Integer> blockSequenceOffset() {
      for (Node node : nodes) {
        if (node instanceof ObjectNode object) {
          for (Member member : object.members()) {
            if (member.value() instanceof ArrayNode array && writtenInPlace(member)
                && array.size() > 0 && layout.at(layout.start(array)) == '-'
                && layout.line(layout.start(array)) > layout.line(layout.start(member.key()))) {
              return Optional.of(layout.column(layout.start(array))
                  - layout.column(layout.start(member.key())));
            }
          }
        }
      }
      return Optional.empty();
    }

    private boolean isFlow(Node node) {
      char first = layout.at(layout.start(node));
      return node instanceof ObjectNode ? first == '{' : node instanceof ArrayNode && first == '[';
    }

    private List<Node> children(Node node) {
      if (node instanceof ObjectNode object) {
        return object.members().stream().map(Member::value).toList();
      }
      return node instanceof ArrayNode array ? array.elements() : List.of();
    }
  }

  // ---- the file's text ----

  /** A file's text with the measurements the insertions need. */
  private static final class Layout {
    final SourceFile file;
    final String text;
    final LineIndex lines;
    final boolean yaml;
    final String newline;

    Layout(SourceFile file) {
      this.file = file;
      this.text = file.text();
      this.lines = file.lines();
      this.yaml = isYaml(file);
      this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    }

    private static boolean isYaml(SourceFile file) {
      String name = file.fileName().toLowerCase(Locale.ROOT);
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return true;
      }
      if (name.endsWith(".json") || name.endsWith(".jsonc")) {
        return false;
      }
      return !file.text().stripLeading().startsWith("{");
    }

    int offset(Position position) {
      return lines.lineStart(position.line()) + position.column() - 1;
    }

    int start(Node node) {
      return offset(node.range().start());
    }

    int end(Node node) {
      return offset(node.range().end());
    }

    char at(int offset) {
      return offset >= 0 && offset < text.length() ? text.charAt(offset) : '\0';
    }

    int line(int offset) {
      return lines.position(offset).line();
    }

    /** 0-based column, in characters. */
    int column(int offset) {
      return offset - lines.lineStart(line(offset));
    }

    boolean singleLine(Node node) {
      return node.range().start().line() == node.range().end().line();
    }

    boolean firstOnLine(int offset) {
      return text.substring(lines.lineStart(line(offset)), offset).isBlank();
    }

    /**
     * The node is written where its range says: its text starts with what such a node starts
     * with, not with an anchor, an alias or a tag.
     */
    boolean startsWritten(Node node) {
      int start = start(node);
      int end = end(node);
      if (start < 0 || end > text.length() || end <= start) {
        return false;
      }
      char first = at(start);
      return first != '&' && first != '*' && first != '!' && first != '|' && first != '>'
          && node.tag().isEmpty();
    }

    String indentOfLine(int offset) {
      int from = lines.lineStart(line(offset));
      int to = from;
      while (to < text.length() && (text.charAt(to) == ' ' || text.charAt(to) == '\t')) {
        to++;
      }
      return text.substring(from, to);
    }

    String whitespaceBefore(int offset) {
      int from = offset;
      while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
        from--;
      }
      return text.substring(from, offset);
    }

    TextEdit edit(int from, int to, String replacement) {
      return new TextEdit(file.displayPath(),
          new TextRange(lines.position(from), lines.position(to)), replacement);
    }

    /**
     * The last line of a block entry that starts on {@code line} at {@code column}: the lines
     * after it that are blank, only a comment, or indented further (or, for a mapping's last
     * value, an indentless sequence at the same column) belong to it.
     */
    int blockEnd(int line, int column, boolean sequence) {
      int last = line;
      for (int next = line + 1; next <= lines.lineCount(); next++) {
        String content = lines.lineText(next);
        int indent = 0;
        while (indent < content.length() && content.charAt(indent) == ' ') {
          indent++;
        }
        String rest = content.substring(indent);
        if (rest.isBlank() || rest.startsWith("#")) {
          continue;
        }
        boolean indentless = !sequence && indent == column
            && (rest.equals("-") || rest.startsWith("- "));
        if (indent > column || indentless) {
          last = next;
          continue;
        }
        break;
      }
      return last;
    }

    private int[] indentDeltas;

    /** The most frequent indentation step between consecutive lines, per width 1..8. */
    private int[] indentDeltas() {
      if (indentDeltas == null) {
        int[] counts = new int[9];
        int previous = -1;
        for (int line = 1; line <= lines.lineCount(); line++) {
          String content = lines.lineText(line);
          int indent = 0;
          while (indent < content.length()
              && (content.charAt(indent) == ' ' || content.charAt(indent) == '\t')) {
            indent++;
          }
          String rest = content.substring(indent);
          if (rest.isEmpty() || rest.startsWith("#") || rest.startsWith("//")) {
            continue;
          }
          if (previous >= 0 && indent > previous && indent - previous <= 8) {
            counts[indent - previous]++;
          }
          previous = indent;
        }
        indentDeltas = counts;
      }
      return indentDeltas;
    }

    /** Spaces per indentation level (2 when the file does not show). */
    int indentWidth() {
      int[] counts = indentDeltas();
      int best = 2;
      int bestCount = 0;
      for (int width = 1; width < counts.length; width++) {
        if (counts[width] > bestCount) {
          best = width;
          bestCount = counts[width];
        }
      }
      return best;
    }

    /** One level of indentation as the file writes it: a tab in a tab-indented JSON file. */
    String indentUnit() {
      if (indentUnit == null) {
        indentUnit = measureIndentUnit();
      }
      return indentUnit;
    }

    private String indentUnit;

    private String measureIndentUnit() {
      if (!yaml) {
        int tabs = 0;
        int spaces = 0;
        for (int line = 1; line <= lines.lineCount(); line++) {
          String content = lines.lineText(line);
          if (content.startsWith("\t")) {
            tabs++;
          } else if (content.startsWith(" ")) {
            spaces++;
          }
        }
        if (tabs > spaces) {
          return "\t";
        }
      }
      return " ".repeat(indentWidth());
    }

    /**
     * How far block sequences stand right of their key in this file, read from the text: a
     * line that is only {@code key:} followed by a {@code - } line.
     */
    Optional<Integer> textualSequenceOffset() {
      if (sequenceOffset == null) {
        sequenceOffset = measureSequenceOffset();
      }
      return sequenceOffset;
    }

    private Optional<Integer> sequenceOffset;

    private Optional<Integer> measureSequenceOffset() {
      Map<Integer, Integer> counts = new TreeMap<>();
      for (int line = 1; line < lines.lineCount(); line++) {
        String content = lines.lineText(line);
        String trimmed = content.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.endsWith(":")
            || trimmed.startsWith("- ")) {
          continue;
        }
        int next = line + 1;
        while (next <= lines.lineCount() && lines.lineText(next).isBlank()) {
          next++;
        }
        if (next > lines.lineCount()) {
          break;
        }
        String following = lines.lineText(next);
        String followingTrimmed = following.stripLeading();
        if (followingTrimmed.startsWith("- ") || followingTrimmed.equals("-")) {
          int offset = (following.length() - followingTrimmed.length())
              - (content.length() - content.stripLeading().length());
          if (offset >= 0) {
            counts.merge(offset, 1, Integer::sum);
          }
        }
      }
      return counts.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey);
    }
  }
}
