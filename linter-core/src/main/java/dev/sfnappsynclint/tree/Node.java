package dev.sfnappsynclint.tree;

import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON or YAML value that knows where it is: its JSON Pointer inside the document and its range
 * in the source text. Trees are immutable once read.
 */
public abstract sealed class Node permits ObjectNode, ArrayNode, ScalarNode {

  private final SourceFile source;
  /**
   * The pointer as given, or null: then it is derived from the parent when asked for. A pointer
   * string per node was a fifth of a large definition's heap, and few are ever read (a finding's
   * location, a few analyses).
   */
  private final String pointer;
  // The range as four ints rather than a TextRange of two Positions: 56 bytes less per node.
  private final int startLine;
  private final int startColumn;
  private final int endLine;
  private final int endColumn;
  private final String tag;
  /**
   * Set once, by the object or array that takes this node (its first one), while the tree is
   * read; not final, so a tree must reach other threads through a safe hand-over (a Future, a
   * concurrent map), as every tree does.
   */
  private Node parent;
  /** The index of this node's member (of an object) or element (of an array) in its parent. */
  private int indexInParent;

  Node(SourceFile source, String pointer, TextRange range, String tag) {
    this.source = source;
    this.pointer = pointer;
    this.startLine = range.start().line();
    this.startColumn = range.start().column();
    this.endLine = range.end().line();
    this.endColumn = range.end().column();
    this.tag = tag;
  }

  /** Called by an object or array for its members' keys and values, or its elements. */
  final void adopt(Node container, int index) {
    if (pointer == null && parent == null) {
      parent = container;
      indexInParent = index;
    }
  }

  /** The file this node was read from; its range is a range of this file's text. */
  public SourceFile source() {
    return source;
  }

  /**
   * The JSON Pointer (RFC 6901) of this node in its document; {@code ""} for the root. The key
   * of an object member has its value's pointer.
   */
  public String pointer() {
    if (pointer != null || parent == null) {
      return pointer == null ? "" : pointer;
    }
    List<Node> chain = new ArrayList<>();
    Node node = this;
    while (node.pointer == null && node.parent != null) {
      chain.add(node);
      node = node.parent;
    }
    StringBuilder result = new StringBuilder(node.pointer == null ? "" : node.pointer);
    for (int i = chain.size() - 1; i >= 0; i--) {
      Node step = chain.get(i);
      result.append('/');
      if (step.parent instanceof ObjectNode object) {
        result.append(JsonPointers.escape(object.members().get(step.indexInParent).name()));
      } else {
        result.append(step.indexInParent);
      }
    }
    return result.toString();
  }

  public TextRange range() {
    return new TextRange(new Position(startLine, startColumn), new Position(endLine, endColumn));
  }

  /** Where findings about this node point: its file, range and JSON Pointer. */
  public Location location() {
    return new Location(source.displayPath(), range(), pointer());
  }

  /**
   * A YAML tag that is not one of the core schema's, such as CloudFormation's {@code !Sub} or
   * {@code !Ref}; empty for JSON and untagged YAML.
   */
  public Optional<String> tag() {
    return Optional.ofNullable(tag);
  }

  /** What kind of value this is, as a user would say it: "an object", "a string", ... */
  public abstract String kindDescription();

  public boolean isObject() {
    return this instanceof ObjectNode;
  }

  public boolean isArray() {
    return this instanceof ArrayNode;
  }

  /** True for an untagged string scalar. */
  public boolean isString() {
    return this instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING && tag == null;
  }

  /** The text of an untagged string scalar. */
  public Optional<String> asString() {
    return isString() ? Optional.of(((ScalarNode) this).text()) : Optional.empty();
  }
}
