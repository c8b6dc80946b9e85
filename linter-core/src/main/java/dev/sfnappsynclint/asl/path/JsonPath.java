package dev.sfnappsynclint.asl.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSONPath Path as Step Functions reads it in a JSONPath state: a root ({@code $} the input,
 * {@code $$} the context object, {@code $name} a variable) followed by segments. Parsing never
 * throws and is one linear pass without recursion (the text is untrusted); a text that is not a
 * path gives a {@link PathSyntaxError} with the offset where reading stopped, and the segments
 * read before it.
 *
 * <p>Deliberately lenient where Step Functions is: a dot-notation name may hold any character
 * but {@code .}, {@code [} and {@code (} ({@code $.detail-type} is accepted and deployed
 * widely), and {@code .[} is read as {@code [} (the AWS guide writes {@code $.abc.['def ghi']}).
 * Filters and scripts are checked only for balanced parentheses and quotes.
 *
 * <p>A <em>Reference Path</em> (https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html#amazon-states-language-reference-paths)
 * names a single node: only field names and single indexes, see {@link #isReferencePath()}.
 */
public final class JsonPath {

  /** What the path starts from. */
  public enum Root {
    /** {@code $}: the state's input (or, in a payload template, its effective input). */
    INPUT,
    /** {@code $$}: the context object. */
    CONTEXT,
    /** {@code $name}: a workflow variable. */
    VARIABLE
  }

  /** The kinds of segment; only {@link #FIELD} and {@link #INDEX} name one node. */
  public enum SegmentKind {
    /** {@code .name} or {@code ['name']}. */
    FIELD,
    /** {@code [3]}. */
    INDEX,
    /** {@code .*} or {@code [*]}. */
    WILDCARD,
    /** {@code ..}: every descendant. */
    DEEP_SCAN,
    /** {@code [1:3]}. */
    SLICE,
    /** {@code ['a','b']} or {@code [0,1]}. */
    UNION,
    /** {@code [?(@.price < 10)]}. */
    FILTER,
    /** {@code [(@.length-1)]}. */
    SCRIPT,
    /** {@code .length()}. */
    FUNCTION;

    public boolean isSingular() {
      return this == FIELD || this == INDEX;
    }

    /** How a user would name it in a message. */
    public String description() {
      return switch (this) {
        case FIELD -> "a field name";
        case INDEX -> "an index";
        case WILDCARD -> "a wildcard";
        case DEEP_SCAN -> "a deep scan";
        case SLICE -> "a slice";
        case UNION -> "a union of several names or indexes";
        case FILTER -> "a filter";
        case SCRIPT -> "a script expression";
        case FUNCTION -> "a function";
      };
    }
  }

  /**
   * One step of the path.
   *
   * @param name the field name for {@link SegmentKind#FIELD}; the written text otherwise
   * @param start offset of the segment's first character in the path
   * @param end offset after its last character
   */
  public record Segment(SegmentKind kind, String name, int start, int end) {}

  private final String text;
  private final Root root;
  private final String variableName;
  private final List<Segment> segments;
  private final PathSyntaxError error;

  private JsonPath(String text, Root root, String variableName, List<Segment> segments,
      PathSyntaxError error) {
    this.text = text;
    this.root = root;
    this.variableName = variableName;
    this.segments = List.copyOf(segments);
    this.error = error;
  }

  /** Reads a path; never throws. */
  public static JsonPath parse(String text) {
    return new Reader(text).read();
  }

  /**
   * A string that is meant as a path: it begins with {@code $} and is not a template
   * {@code ${Name}} placeholder.
   */
  public static boolean looksLikePath(String text) {
    return text.startsWith("$") && !text.startsWith("${");
  }

  public String text() {
    return text;
  }

  public boolean isValid() {
    return error == null;
  }

  public Optional<PathSyntaxError> error() {
    return Optional.ofNullable(error);
  }

  /** The root; {@link Root#INPUT} when the text does not even begin with {@code $}. */
  public Root root() {
    return root;
  }

  public boolean isContextPath() {
    return root == Root.CONTEXT;
  }

  /** A {@code $name...} path: reads the workflow variable {@link #variableName()}. */
  public boolean isVariableReference() {
    return root == Root.VARIABLE;
  }

  public Optional<String> variableName() {
    return Optional.ofNullable(variableName);
  }

  /** The segments read (all of them when valid, those before the error otherwise). */
  public List<Segment> segments() {
    return segments;
  }

  /** Valid, and every segment names a single node. */
  public boolean isReferencePath() {
    return isValid() && firstNonSingular().isEmpty();
  }

  /** The first segment that may select several nodes (what a Reference Path forbids). */
  public Optional<Segment> firstNonSingular() {
    return segments.stream().filter(s -> !s.kind().isSingular()).findFirst();
  }

  @Override
  public String toString() {
    return text;
  }

  /** One left-to-right pass over the text. */
  private static final class Reader {

    private final String text;
    private final int length;
    private final List<Segment> segments = new ArrayList<>();
    private int at;
    private Root root = Root.INPUT;
    private String variableName;

    Reader(String text) {
      this.text = text == null ? "" : text;
      this.length = this.text.length();
    }

    JsonPath read() {
      PathSyntaxError error = readAll();
      return new JsonPath(text, root, variableName, segments, error);
    }

    private PathSyntaxError readAll() {
      if (length == 0) {
        return fail(0, 0, "the path is empty; a path begins with $");
      }
      if (text.charAt(0) != '$') {
        return fail(0, 1, "a path begins with $, not '" + text.charAt(0) + "'");
      }
      at = 1;
      if (at < length && text.charAt(at) == '$') {
        root = Root.CONTEXT;
        at++;
      } else if (at < length && isVariableStart(text.charAt(at))) {
        int start = at;
        while (at < length && isVariablePart(text.charAt(at))) {
          at++;
        }
        root = Root.VARIABLE;
        variableName = text.substring(start, at);
      } else if (at < length && text.charAt(at) != '.' && text.charAt(at) != '[') {
        return fail(at, at + 1, "unexpected '" + text.charAt(at) + "' after $: a variable name "
            + "begins with a letter or _, and a path continues with . or [");
      }
      while (at < length) {
        char c = text.charAt(at);
        PathSyntaxError error;
        if (c == '.') {
          error = readDot();
        } else if (c == '[') {
          error = readBracket(at);
        } else {
          error = fail(at, at + 1, "unexpected '" + c + "': expected . or [ here");
        }
        if (error != null) {
          return error;
        }
      }
      return null;
    }

    private PathSyntaxError readDot() {
      int start = at;
      at++;
      if (at < length && text.charAt(at) == '.') {
        at++;
        segments.add(new Segment(SegmentKind.DEEP_SCAN, "..", start, at));
        if (at >= length) {
          return fail(start, at, "the path ends with '..'; a name, * or [ must follow");
        }
        if (text.charAt(at) == '[') {
          return null;
        }
        return readName(at);
      }
      if (at >= length) {
        return fail(start, at, "the path ends with '.'; a field name must follow");
      }
      if (text.charAt(at) == '[') {
        return null;
      }
      return readName(start);
    }

    /** A dot-notation name, {@code *}, or a function call such as {@code length()}. */
    private PathSyntaxError readName(int segmentStart) {
      if (text.charAt(at) == '*') {
        at++;
        segments.add(new Segment(SegmentKind.WILDCARD, "*", segmentStart, at));
        return null;
      }
      int nameStart = at;
      while (at < length && text.charAt(at) != '.' && text.charAt(at) != '['
          && text.charAt(at) != '(') {
        at++;
      }
      if (at == nameStart) {
        return fail(segmentStart, Math.min(at + 1, length), "a field name is missing after '.'");
      }
      String name = text.substring(nameStart, at);
      if (at < length && text.charAt(at) == '(') {
        int close = closingParenthesis(at);
        if (close < 0) {
          return fail(at, length, "'(' of the function " + name + " is never closed");
        }
        at = close + 1;
        segments.add(new Segment(SegmentKind.FUNCTION, text.substring(nameStart, at),
            segmentStart, at));
        return null;
      }
      segments.add(new Segment(SegmentKind.FIELD, name, segmentStart, at));
      return null;
    }

    private PathSyntaxError readBracket(int start) {
      at++;
      skipSpaces();
      if (at >= length) {
        return fail(start, length, "'[' is never closed");
      }
      char c = text.charAt(at);
      if (c == '\'' || c == '"') {
        return readQuotedNames(start);
      }
      if (c == '*') {
        at++;
        return close(start, SegmentKind.WILDCARD, "*");
      }
      if (c == '?' || c == '(') {
        SegmentKind kind = c == '?' ? SegmentKind.FILTER : SegmentKind.SCRIPT;
        int open = c == '?' ? at + 1 : at;
        if (c == '?') {
          at++;
          skipSpaces();
          open = at;
          if (at >= length || text.charAt(at) != '(') {
            return fail(start, Math.min(at + 1, length), "a filter is written [?( ... )]");
          }
        }
        int closeAt = closingParenthesis(open);
        if (closeAt < 0) {
          return fail(open, length, "'(' of the " + (c == '?' ? "filter" : "script")
              + " is never closed");
        }
        at = closeAt + 1;
        return close(start, kind, text.substring(start + 1, at));
      }
      int contentStart = at;
      int closeAt = text.indexOf(']', at);
      if (closeAt < 0) {
        return fail(start, length, "'[' is never closed");
      }
      String content = text.substring(contentStart, closeAt).strip();
      at = closeAt + 1;
      SegmentKind kind = numericKind(content);
      if (kind == null) {
        return fail(start, at, content.isEmpty()
            ? "'[]' is empty: write a quoted name, an index, * or a filter inside"
            : "'[" + content + "]' is not a quoted name, an index, a slice, * or a filter "
                + "(quote field names: ['" + content + "'])");
      }
      segments.add(new Segment(kind, text.substring(start, at), start, at));
      return null;
    }

    private PathSyntaxError readQuotedNames(int start) {
      List<String> names = new ArrayList<>();
      while (true) {
        char quote = text.charAt(at);
        int quoteStart = at;
        at++;
        StringBuilder name = new StringBuilder();
        boolean closed = false;
        while (at < length) {
          char c = text.charAt(at);
          if (c == '\\' && at + 1 < length) {
            name.append(text.charAt(at + 1));
            at += 2;
          } else if (c == quote) {
            at++;
            closed = true;
            break;
          } else {
            name.append(c);
            at++;
          }
        }
        if (!closed) {
          return fail(quoteStart, length, "the quoted name is never closed (" + quote + ")");
        }
        names.add(name.toString());
        skipSpaces();
        if (at < length && text.charAt(at) == ',') {
          at++;
          skipSpaces();
          if (at < length && (text.charAt(at) == '\'' || text.charAt(at) == '"')) {
            continue;
          }
          return fail(start, Math.min(at + 1, length), "a quoted name must follow ','");
        }
        break;
      }
      if (at >= length || text.charAt(at) != ']') {
        return fail(start, Math.min(at + 1, length), at >= length ? "'[' is never closed"
            : "unexpected '" + text.charAt(at) + "' after a quoted name: expected ]");
      }
      at++;
      if (names.size() == 1) {
        segments.add(new Segment(SegmentKind.FIELD, names.get(0), start, at));
      } else {
        segments.add(new Segment(SegmentKind.UNION, text.substring(start, at), start, at));
      }
      return null;
    }

    private PathSyntaxError close(int start, SegmentKind kind, String name) {
      skipSpaces();
      if (at >= length || text.charAt(at) != ']') {
        return fail(start, Math.min(at + 1, length), at >= length ? "'[' is never closed"
            : "unexpected '" + text.charAt(at) + "': expected ]");
      }
      at++;
      segments.add(new Segment(kind, kind == SegmentKind.WILDCARD ? name
          : text.substring(start, at), start, at));
      return null;
    }

    /**
     * The offset of the {@code )} that closes the {@code (} at {@code open}, skipping quoted
     * text; -1 when there is none.
     */
    private int closingParenthesis(int open) {
      int depth = 0;
      char quote = 0;
      for (int i = open; i < length; i++) {
        char c = text.charAt(i);
        if (quote != 0) {
          if (c == '\\') {
            i++;
          } else if (c == quote) {
            quote = 0;
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
          if (depth == 0) {
            return i;
          }
        }
      }
      return -1;
    }

    private void skipSpaces() {
      while (at < length && text.charAt(at) == ' ') {
        at++;
      }
    }

    private PathSyntaxError fail(int start, int end, String message) {
      return new PathSyntaxError(message, Math.min(start, length), Math.min(Math.max(end, start),
          length));
    }

    /** {@code 3}, {@code -1}: INDEX; {@code 0,2}: UNION; {@code 1:}, {@code :2:1}: SLICE. */
    private static SegmentKind numericKind(String content) {
      if (content.isEmpty()) {
        return null;
      }
      if (isInteger(content)) {
        return SegmentKind.INDEX;
      }
      if (content.indexOf(',') >= 0) {
        for (String part : content.split(",", -1)) {
          if (!isInteger(part.strip())) {
            return null;
          }
        }
        return SegmentKind.UNION;
      }
      if (content.indexOf(':') >= 0) {
        String[] parts = content.split(":", -1);
        if (parts.length > 3) {
          return null;
        }
        for (String part : parts) {
          String p = part.strip();
          if (!p.isEmpty() && !isInteger(p)) {
            return null;
          }
        }
        return SegmentKind.SLICE;
      }
      return null;
    }

    private static boolean isInteger(String text) {
      int start = text.startsWith("-") ? 1 : 0;
      if (text.length() == start) {
        return false;
      }
      for (int i = start; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private static boolean isVariableStart(char c) {
      return Character.isLetter(c) || c == '_';
    }

    private static boolean isVariablePart(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }
  }
}
