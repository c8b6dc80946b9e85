package dev.sfnappsynclint.tree;

import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads JSON text into a located {@link Node} tree. Parses characters, not bytes, so offsets are
 * UTF-16 offsets; builds the tree with an explicit stack, so deep input cannot overflow the
 * thread's stack.
 */
public final class JsonTreeReader {

  private final TreeLimits limits;
  private final JsonFactory factory;

  /**
   * @param allowComments accept {@code //} and {@code /* *}{@code /} comments (used for
   *     {@code .jsonc} test fixtures; ASL itself has no comments)
   */
  public JsonTreeReader(TreeLimits limits, boolean allowComments) {
    this.limits = limits;
    var builder = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .build());
    if (allowComments) {
      builder.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS);
    }
    this.factory = builder.build();
  }

  private static final class Frame {
    /** The root's pointer; null for the others, whose pointers derive from their parents. */
    final String pointer;
    final int startOffset;
    final boolean object;
    final List<Member> members = new ArrayList<>();
    final List<Node> elements = new ArrayList<>();
    ScalarNode pendingKey;

    Frame(String pointer, int startOffset, boolean object) {
      this.pointer = pointer;
      this.startOffset = startOffset;
      this.object = object;
    }

    void add(Node node) {
      if (object) {
        members.add(new Member(pendingKey, node));
        pendingKey = null;
      } else {
        elements.add(node);
      }
    }
  }

  public Node read(SourceFile source) throws SyntaxException {
    return read(source, source.text(), null, null, "");
  }

  /**
   * Reads JSON text embedded in a file, such as a {@code DefinitionString} in a template.
   *
   * @param text the JSON text (decoded from the file)
   * @param offsets for each character of {@code text} (and one past its end), the offset in
   *     {@code file}'s text where it was written; null when {@code text} is the file's text
   * @param ends for each character, the offset just past where it was written
   * @param pointerPrefix put before every node's pointer, so that findings in the embedded
   *     document still have a key unique within the file
   */
  public Node read(SourceFile file, String text, int[] offsets, int[] ends, String pointerPrefix)
      throws SyntaxException {
    Locator at = new Locator(file.lines(), offsets, ends);
    Deque<Frame> stack = new ArrayDeque<>();
    Node root = null;
    int nodes = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new StringReader(text))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (root != null) {
          throw new SyntaxException("Unexpected content after the end of the JSON document.",
              at.position(parser.currentTokenLocation()));
        }
        int start = (int) parser.currentTokenLocation().getCharOffset();
        Frame top = stack.peek();
        String pointer = top == null ? pointerPrefix : null;
        if (++nodes > limits.maxNodes()) {
          throw new SyntaxException("The document has more than " + limits.maxNodes()
              + " values, above the linter's limit.", at.position(start));
        }
        Node completed = null;
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            if (stack.size() >= limits.maxDepth()) {
              throw new SyntaxException("Objects and arrays are nested more than "
                  + limits.maxDepth() + " levels deep, above the linter's limit.",
                  at.position(start));
            }
            stack.push(new Frame(pointer, start, token == JsonToken.START_OBJECT));
          }
          case END_OBJECT, END_ARRAY -> {
            Frame frame = stack.pop();
            TextRange range = at.range(frame.startOffset, start + 1);
            completed = frame.object
                ? new ObjectNode(file, frame.pointer, range, null, frame.members)
                : new ArrayNode(file, frame.pointer, range, null, frame.elements);
          }
          case PROPERTY_NAME -> {
            String name = parser.currentName();
            top.pendingKey = new ScalarNode(file, null, at.range(start, endOfString(text, start)),
                null, ScalarNode.Kind.STRING, name);
          }
          case VALUE_STRING -> completed = new ScalarNode(file, pointer,
              at.range(start, endOfString(text, start)), null, ScalarNode.Kind.STRING,
              parser.getString());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            String number = parser.getString();
            completed = new ScalarNode(file, pointer, at.range(start, start + number.length()),
                null, ScalarNode.Kind.NUMBER, number);
          }
          case VALUE_TRUE, VALUE_FALSE -> {
            String value = token == JsonToken.VALUE_TRUE ? "true" : "false";
            completed = new ScalarNode(file, pointer, at.range(start, start + value.length()),
                null, ScalarNode.Kind.BOOLEAN, value);
          }
          case VALUE_NULL -> completed = new ScalarNode(file, pointer, at.range(start, start + 4),
              null, ScalarNode.Kind.NULL, "null");
          default -> throw new SyntaxException("Unexpected JSON token " + token + ".",
              at.position(start));
        }
        if (completed != null) {
          if (stack.isEmpty()) {
            root = completed;
          } else {
            stack.peek().add(completed);
          }
        }
      }
    } catch (JacksonException e) {
      throw new SyntaxException(describe(e), at.position(e.getLocation()));
    }
    if (root == null) {
      throw new SyntaxException("The file is empty: expected a JSON object.",
          at.position(0));
    }
    return root;
  }

  /** Turns offsets in the parsed text into positions in the file. */
  private static final class Locator {
    private final LineIndex lines;
    private final int[] offsets;
    private final int[] ends;

    Locator(LineIndex lines, int[] offsets, int[] ends) {
      this.lines = lines;
      this.offsets = offsets;
      this.ends = ends;
    }

    int fileEnd(int textOffset) {
      if (ends == null) {
        return textOffset + 1;
      }
      return ends[Math.max(0, Math.min(textOffset, ends.length - 1))];
    }

    int fileOffset(int textOffset) {
      if (offsets == null) {
        return textOffset;
      }
      return offsets[Math.max(0, Math.min(textOffset, offsets.length - 1))];
    }

    Position position(int textOffset) {
      return lines.position(fileOffset(textOffset));
    }

    TextRange range(int start, int end) {
      Position from = position(start);
      // The end is exclusive: just past the last character as the file wrote it (an escape
      // sequence included), never stretching over what lies between two mapped characters.
      Position to = end > start ? lines.position(fileEnd(end - 1)) : from;
      return new TextRange(from, to.compareTo(from) < 0 ? from : to);
    }

    Position position(TokenStreamLocation location) {
      if (location == null) {
        return position(0);
      }
      if (location.getCharOffset() >= 0) {
        return position((int) location.getCharOffset());
      }
      return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
  }

  /** The offset just past the closing quote of the string literal that starts at {@code start}. */
  private static int endOfString(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "The file is not valid JSON.";
    }
    // Jackson appends a source description after a newline; the first line is what matters.
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    // Drop Jackson's own location notes: the finding carries the location.
    first = first.replaceAll("\\s*\\(start marker at .*$", "")
        .replaceAll("\\s*at \\[Source:.*$", "");
    return "Invalid JSON: " + first.strip() + (first.strip().endsWith(".") ? "" : ".");
  }
}
