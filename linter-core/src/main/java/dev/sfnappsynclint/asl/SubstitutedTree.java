package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.template.Intrinsic;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition as Step Functions receives it: each {@code ${Name}} whose
 * {@code DefinitionSubstitutions} value is a literal is replaced by that literal, because
 * CloudFormation substitutes before Step Functions validates. Every new node keeps the source,
 * pointer, range and tag of the node written in the file, so findings still point at the
 * placeholder. Values given by intrinsics stay placeholders: opaque.
 *
 * <p>The substitution is textual. A placeholder inside a JSON string stays a string
 * ({@code "${Retries}"} with 3 is {@code "3"}); one written bare in JSON text
 * ({@code "MaxAttempts": ${Retries}}, quoted by the reader so the text parses) becomes the JSON
 * scalar its value spells (the number 3). Subtrees without a change are shared, not copied.
 */
final class SubstitutedTree {

  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final Node root;
  private final Map<Node, ScalarNode> written;

  private SubstitutedTree(Node root, Map<Node, ScalarNode> written) {
    this.root = root;
    this.written = written;
  }

  /** The tree as Step Functions sees it. */
  Node root() {
    return root;
  }

  /** For each replaced string, the node as written in the file. */
  Map<Node, ScalarNode> written() {
    return written;
  }

  static SubstitutedTree of(Node root, TemplateContext template) {
    Map<String, ScalarNode> literals = template == null ? Map.of()
        : template.literalSubstitutions();
    if (literals.isEmpty()) {
      return new SubstitutedTree(root, Map.of());
    }
    boolean json = readAsJson(root.source(), template.form());
    Map<Node, ScalarNode> written = new IdentityHashMap<>();
    Node result = new Rewrite(literals, json, written).run(root);
    return new SubstitutedTree(result, Collections.unmodifiableMap(written));
  }

  /**
   * Whether the definition's text was read as JSON, so a bare placeholder is one the reader
   * quoted. Mirrors the reader's choice: embedded {@code DefinitionString} text is JSON; a file
   * by its extension, else by its first character.
   */
  private static boolean readAsJson(SourceFile source, TemplateContext.Form form) {
    if (form == TemplateContext.Form.STRING || form == TemplateContext.Form.SUB
        || form == TemplateContext.Form.JOIN) {
      return true;
    }
    String name = source.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") || name.endsWith(".jsonc")) {
      return true;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return false;
    }
    return source.text().stripLeading().startsWith("{");
  }

  /** One object or array being rebuilt; its children are visited in order. */
  private static final class Frame {
    final Node node;
    final List<Member> members;
    final List<Node> elements;
    int next;
    ScalarNode key;
    boolean changed;

    Frame(Node node) {
      this.node = node;
      this.members = node instanceof ObjectNode ? new ArrayList<>() : null;
      this.elements = node instanceof ArrayNode ? new ArrayList<>() : null;
    }

    int size() {
      return node instanceof ObjectNode object ? object.members().size()
          : ((ArrayNode) node).size();
    }

    void add(Node original, Node child) {
      changed |= child != original;
      if (members != null) {
        members.add(new Member(key, child));
      } else {
        elements.add(child);
      }
    }

    Node build() {
      if (!changed) {
        return node;
      }
      String tag = node.tag().orElse(null);
      return members != null
          ? new ObjectNode(node.source(), node.pointer(), node.range(), tag, members)
          : new ArrayNode(node.source(), node.pointer(), node.range(), tag, elements);
    }
  }

  private static final class Rewrite {
    private final Map<String, ScalarNode> literals;
    private final boolean json;
    private final Map<Node, ScalarNode> written;

    Rewrite(Map<String, ScalarNode> literals, boolean json, Map<Node, ScalarNode> written) {
      this.literals = literals;
      this.json = json;
      this.written = written;
    }

    Node run(Node root) {
      if (!isContainer(root)) {
        return root instanceof ScalarNode scalar ? scalar(scalar) : root;
      }
      Deque<Frame> stack = new ArrayDeque<>();
      stack.push(new Frame(root));
      Node result = root;
      while (!stack.isEmpty()) {
        Frame top = stack.peek();
        if (top.next < top.size()) {
          Node child;
          if (top.node instanceof ObjectNode object) {
            Member member = object.members().get(top.next++);
            top.key = scalar(member.key());
            top.changed |= top.key != member.key();
            child = member.value();
          } else {
            child = ((ArrayNode) top.node).elements().get(top.next++);
          }
          if (isContainer(child)) {
            stack.push(new Frame(child));
          } else {
            top.add(child, child instanceof ScalarNode scalar ? scalar(scalar) : child);
          }
          continue;
        }
        stack.pop();
        Node built = top.build();
        if (stack.isEmpty()) {
          result = built;
        } else {
          stack.peek().add(top.node, built);
        }
      }
      return result;
    }

    /** Intrinsics are the template's business: left as written, as placeholders skip them. */
    private static boolean isContainer(Node node) {
      return (node instanceof ObjectNode || node instanceof ArrayNode)
          && Intrinsic.of(node).isEmpty();
    }

    private ScalarNode scalar(ScalarNode node) {
      if (node.kind() != ScalarNode.Kind.STRING || node.tag().isPresent()
          || !node.text().contains("${")) {
        return node;
      }
      String text = node.text();
      Matcher matcher = FieldValue.PLACEHOLDER.matcher(text);
      StringBuilder out = new StringBuilder();
      boolean replaced = false;
      ScalarNode whole = null;
      while (matcher.find()) {
        ScalarNode literal = literals.get(matcher.group(1).strip());
        if (literal == null) {
          continue;
        }
        if (matcher.start() == 0 && matcher.end() == text.length()) {
          whole = literal;
        }
        matcher.appendReplacement(out, Matcher.quoteReplacement(literal.text()));
        replaced = true;
      }
      if (!replaced) {
        return node;
      }
      matcher.appendTail(out);
      ScalarNode.Kind kind = ScalarNode.Kind.STRING;
      if (whole != null && json && writtenBare(node)) {
        kind = jsonScalarKind(whole.text());
        if (kind == null) {
          // Bare text that is no JSON scalar (an object, a word): beyond this model; stays opaque.
          return node;
        }
      }
      ScalarNode substituted = new ScalarNode(node.source(), node.pointer(), node.range(),
          node.tag().orElse(null), kind, out.toString());
      written.put(substituted, node);
      return substituted;
    }

    /**
     * The reader quoted this placeholder: the quotes it added take no room in the file, so the
     * node starts at the {@code $} rather than at a quote.
     */
    private static boolean writtenBare(ScalarNode node) {
      SourceFile source = node.source();
      int offset = source.lines().lineStart(node.range().start().line())
          + node.range().start().column() - 1;
      return offset >= 0 && offset < source.text().length() && source.text().charAt(offset) == '$';
    }

    private static ScalarNode.Kind jsonScalarKind(String text) {
      if (JSON_NUMBER.matcher(text).matches()) {
        return ScalarNode.Kind.NUMBER;
      }
      if (text.equals("true") || text.equals("false")) {
        return ScalarNode.Kind.BOOLEAN;
      }
      if (text.equals("null")) {
        return ScalarNode.Kind.NULL;
      }
      return null;
    }
  }
}
