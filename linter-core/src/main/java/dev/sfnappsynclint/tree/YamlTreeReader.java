package dev.sfnappsynclint.tree;

import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Reads YAML text into a located {@link Node} tree.
 *
 * <p>Works on snakeyaml-engine's event stream rather than Jackson's {@code readTree}: events carry
 * start and end marks and keep non-standard tags (CloudFormation's {@code !Sub}, {@code !Ref},
 * {@code !GetAtt}, ...), which a plain Jackson tree drops. The event parser is not recursive and
 * the tree is built with an explicit stack, so nesting cannot overflow the thread's stack.
 * Aliases are expanded into copies with their own pointers; the expansion counts against
 * {@link TreeLimits#maxNodes()}, so alias bombs stop with a finding.
 */
public final class YamlTreeReader {

  private static final ScalarResolver RESOLVER = new CoreScalarResolver(false);

  private final TreeLimits limits;

  public YamlTreeReader(TreeLimits limits) {
    this.limits = limits;
  }

  private static final class Frame {
    final String pointer;
    final TextRange startRange;
    final String tag;
    final String anchor;
    final boolean mapping;
    final boolean flow;
    final List<Member> members = new ArrayList<>();
    final List<Node> elements = new ArrayList<>();
    ScalarNode pendingKey;

    Frame(String pointer, TextRange startRange, String tag, String anchor, boolean mapping,
        boolean flow) {
      this.pointer = pointer;
      this.startRange = startRange;
      this.tag = tag;
      this.anchor = anchor;
      this.mapping = mapping;
      this.flow = flow;
    }

    boolean expectsKey() {
      return mapping && pendingKey == null;
    }

    void add(Node node) {
      if (mapping) {
        members.add(new Member(pendingKey, node));
        pendingKey = null;
      } else {
        elements.add(node);
      }
    }
  }

  public Node read(SourceFile source) throws SyntaxException {
    LineIndex lines = source.lines();
    LoadSettings settings = LoadSettings.builder()
        .setLabel(source.displayPath())
        .setMaxAliasesForCollections(limits.maxYamlAliases())
        .setAllowRecursiveKeys(false)
        .setCodePointLimit(Math.max(source.text().length() + 1, 1))
        // The reader's window must hold the longest scalar, or a megabyte scalar is re-read
        // window by window (seconds per megabyte); the whole text is in memory already.
        .setBufferSize(Math.max(source.text().length() + 1, 1024))
        .build();
    Deque<Frame> stack = new ArrayDeque<>();
    Map<String, Node> anchors = new HashMap<>();
    Node root = null;
    int documents = 0;
    int[] nodes = {0};
    Event last = null;
    try {
      for (Event event : new Parse(settings).parseString(source.text())) {
        last = event;
        switch (event.getEventId()) {
          case DocumentStart -> {
            if (++documents > 1) {
              throw new SyntaxException(
                  "The file holds more than one YAML document; expected exactly one.",
                  start(lines, event));
            }
          }
          case MappingStart, SequenceStart -> {
            CollectionStartEvent start = (CollectionStartEvent) event;
            if (stack.size() >= limits.maxDepth()) {
              throw new SyntaxException("Mappings and sequences are nested more than "
                  + limits.maxDepth() + " levels deep, above the linter's limit.",
                  start(lines, event));
            }
            Frame parent = stack.peek();
            if (parent != null && parent.expectsKey()) {
              throw new SyntaxException("Only plain values can be mapping keys.",
                  start(lines, event));
            }
            count(nodes, lines, event);
            stack.push(new Frame(parent == null ? "" : null, range(lines, event),
                customTag(start.getTag()), anchor(start), event instanceof MappingStartEvent,
                start.isFlow()));
          }
          case MappingEnd, SequenceEnd -> {
            Frame frame = stack.pop();
            Node node = finish(source, frame, event);
            if (frame.anchor != null) {
              anchors.put(frame.anchor, node);
            }
            attach(stack, node);
            if (stack.isEmpty()) {
              root = node;
            }
          }
          case Scalar -> {
            ScalarEvent scalar = (ScalarEvent) event;
            count(nodes, lines, event);
            Frame parent = stack.peek();
            if (parent != null && parent.expectsKey()) {
              ScalarNode key = scalar(source, scalar, null, range(lines, event));
              parent.pendingKey = key;
              if (anchor(scalar) != null) {
                anchors.put(anchor(scalar), key);
              }
              break;
            }
            ScalarNode node = scalar(source, scalar, parent == null ? "" : null,
                range(lines, event));
            if (anchor(scalar) != null) {
              anchors.put(anchor(scalar), node);
            }
            attach(stack, node);
            if (stack.isEmpty()) {
              root = node;
            }
          }
          case Alias -> {
            AliasEvent alias = (AliasEvent) event;
            Node target = anchors.get(alias.getAlias().getValue());
            if (target == null) {
              throw new SyntaxException("Unknown alias *" + alias.getAlias().getValue() + ".",
                  start(lines, event));
            }
            Frame parent = stack.peek();
            if (parent != null && parent.expectsKey()) {
              if (!(target instanceof ScalarNode scalarKey)) {
                throw new SyntaxException("Only plain values can be mapping keys.",
                    start(lines, event));
              }
              parent.pendingKey = new ScalarNode(source, null, range(lines, event),
                  scalarKey.tag().orElse(null), scalarKey.kind(), scalarKey.text());
              break;
            }
            Node copy = copy(target, parent == null ? "" : null, nodes, lines, event);
            attach(stack, copy);
            if (stack.isEmpty()) {
              root = copy;
            }
          }
          default -> {
            // StreamStart, StreamEnd, DocumentEnd, Comment: nothing to build.
          }
        }
      }
    } catch (MarkedYamlEngineException e) {
      Position at = e.getProblemMark().or(e::getContextMark)
          .map(mark -> position(lines, mark))
          .orElseGet(() -> last(lines, null));
      throw new SyntaxException("Invalid YAML: " + firstLine(e.getProblem(), e.getMessage()), at);
    } catch (YamlEngineException e) {
      throw new SyntaxException("Invalid YAML: " + firstLine(e.getMessage(), "unreadable input"),
          last(lines, last));
    } catch (IllegalArgumentException e) {
      // snakeyaml-engine checks some values only when they are used: a tag such as "!!%0"
      // decodes to text its Tag class refuses (found by fuzzing).
      throw new SyntaxException("Invalid YAML: " + firstLine(e.getMessage(), "unreadable input"),
          last(lines, last));
    }
    if (root == null) {
      throw new SyntaxException("The file is empty: expected a YAML mapping.", new Position(1, 1));
    }
    return root;
  }

  private void count(int[] nodes, LineIndex lines, Event event) throws SyntaxException {
    if (++nodes[0] > limits.maxNodes()) {
      throw new SyntaxException("The document has more than " + limits.maxNodes()
          + " values (aliases expanded), above the linter's limit.", start(lines, event));
    }
  }

  private static void attach(Deque<Frame> stack, Node node) {
    if (!stack.isEmpty()) {
      stack.peek().add(node);
    }
  }

  private static Node finish(SourceFile source, Frame frame, Event end) {
    LineIndex lines = source.lines();
    Position startAt = frame.startRange.start();
    Position endAt;
    if (frame.flow) {
      endAt = end.getEndMark().map(mark -> position(lines, mark)).orElse(frame.startRange.end());
    } else {
      // A block collection's end mark lies at the next token, often lines later; the end of its
      // last value is where the user sees it end.
      Node last = frame.mapping
          ? frame.members.isEmpty() ? null : frame.members.get(frame.members.size() - 1).value()
          : frame.elements.isEmpty() ? null : frame.elements.get(frame.elements.size() - 1);
      endAt = last == null ? frame.startRange.end() : last.range().end();
    }
    if (endAt.compareTo(startAt) < 0) {
      endAt = startAt;
    }
    TextRange range = new TextRange(startAt, endAt);
    return frame.mapping
        ? new ObjectNode(source, frame.pointer, range, frame.tag, frame.members)
        : new ArrayNode(source, frame.pointer, range, frame.tag, frame.elements);
  }

  private static ScalarNode scalar(SourceFile source, ScalarEvent event, String pointer,
      TextRange range) {
    String value = event.getValue();
    String explicit = event.getTag().orElse(null);
    String custom = customTag(event.getTag());
    ScalarNode.Kind kind;
    if (custom != null || (explicit != null && explicit.equals("!"))) {
      kind = ScalarNode.Kind.STRING;
    } else if (explicit != null) {
      kind = kindOf(new Tag(explicit));
    } else if (event.isPlain()) {
      kind = kindOf(RESOLVER.resolve(value, true));
    } else {
      kind = ScalarNode.Kind.STRING;
    }
    String text = switch (kind) {
      case NULL -> "null";
      case BOOLEAN -> value.toLowerCase(java.util.Locale.ROOT);
      default -> value;
    };
    return new ScalarNode(source, pointer, range, custom, kind, text);
  }

  private static ScalarNode.Kind kindOf(Tag tag) {
    if (Tag.NULL.equals(tag)) {
      return ScalarNode.Kind.NULL;
    }
    if (Tag.BOOL.equals(tag)) {
      return ScalarNode.Kind.BOOLEAN;
    }
    if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
      return ScalarNode.Kind.NUMBER;
    }
    return ScalarNode.Kind.STRING;
  }

  /** A tag outside the YAML core schema (such as {@code !Ref}), or null. */
  private static String customTag(Optional<String> tag) {
    if (tag.isEmpty() || tag.get().equals("!") || tag.get().startsWith(Tag.PREFIX)) {
      return null;
    }
    return tag.get();
  }

  private static String anchor(NodeEvent event) {
    return event.getAnchor().map(a -> a.getValue()).orElse(null);
  }

  /** A copy of an anchored value at the alias's place, iteratively, counting every node. */
  private Node copy(Node target, String pointer, int[] nodes, LineIndex lines, Event at)
      throws SyntaxException {
    // Post-order rebuild with an explicit stack of (source node, pointer, rebuilt children).
    record Work(Node source, String pointer, List<Node> children, int[] next) {}
    Deque<Work> work = new ArrayDeque<>();
    work.push(new Work(target, pointer, new ArrayList<>(), new int[] {0}));
    Node result = null;
    while (!work.isEmpty()) {
      Work current = work.peek();
      List<Node> sourceChildren = children(current.source);
      if (current.next[0] < sourceChildren.size()) {
        int index = current.next[0]++;
        Node child = sourceChildren.get(index);
        if (work.size() >= limits.maxDepth()) {
          throw new SyntaxException("Aliases nest values more than " + limits.maxDepth()
              + " levels deep, above the linter's limit.", start(lines, at));
        }
        work.push(new Work(child, null, new ArrayList<>(), new int[] {0}));
        continue;
      }
      work.pop();
      count(nodes, lines, at);
      Node rebuilt = rebuild(current.source, current.pointer, current.children);
      if (work.isEmpty()) {
        result = rebuilt;
      } else {
        work.peek().children.add(rebuilt);
      }
    }
    return result;
  }

  private static List<Node> children(Node node) {
    if (node instanceof ObjectNode object) {
      return object.members().stream().map(Member::value).toList();
    }
    if (node instanceof ArrayNode array) {
      return array.elements();
    }
    return List.of();
  }

  private static Node rebuild(Node source, String pointer, List<Node> children) {
    SourceFile file = source.source();
    String tag = source.tag().orElse(null);
    if (source instanceof ObjectNode object) {
      List<Member> members = new ArrayList<>();
      for (int i = 0; i < children.size(); i++) {
        ScalarNode key = object.members().get(i).key();
        members.add(new Member(new ScalarNode(file, null, key.range(),
            key.tag().orElse(null), key.kind(), key.text()), children.get(i)));
      }
      return new ObjectNode(file, pointer, source.range(), tag, members);
    }
    if (source instanceof ArrayNode) {
      return new ArrayNode(file, pointer, source.range(), tag, children);
    }
    ScalarNode scalar = (ScalarNode) source;
    return new ScalarNode(file, pointer, scalar.range(), tag, scalar.kind(), scalar.text());
  }

  private static TextRange range(LineIndex lines, Event event) {
    Position start = start(lines, event);
    Position end = event.getEndMark().map(mark -> position(lines, mark)).orElse(start);
    return new TextRange(start, end.compareTo(start) < 0 ? start : end);
  }

  private static Position start(LineIndex lines, Event event) {
    return event.getStartMark().map(mark -> position(lines, mark)).orElse(new Position(1, 1));
  }

  private static Position last(LineIndex lines, Event event) {
    return event == null ? new Position(1, 1) : start(lines, event);
  }

  private static Position position(LineIndex lines, Mark mark) {
    return lines.position(lines.offsetOfCodePointColumn(mark.getLine(), mark.getColumn()));
  }

  private static String firstLine(String preferred, String fallback) {
    String message = preferred != null ? preferred : fallback;
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
