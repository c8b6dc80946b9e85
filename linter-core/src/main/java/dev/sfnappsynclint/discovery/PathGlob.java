package dev.sfnappsynclint.discovery;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A glob over forward-slash relative paths, as ESLint and Ruff users write them: {@code *} within
 * one segment, {@code **} across segments ({@code **}{@code /} also matches no segment),
 * {@code ?}, {@code {a,b}}, {@code [abc]}, {@code [a-z]} and {@code [!abc]}. A pattern without a
 * slash matches any path segment, so {@code legacy} or {@code *.draft.asl.json} work anywhere in
 * the tree. A malformed pattern (an unclosed <code>[</code> or <code>{</code>) is refused with an
 * {@link IllegalArgumentException} rather than matching nothing.
 */
public final class PathGlob {

  private final String pattern;
  private final Pattern regex;
  private final boolean anySegment;
  private final boolean wholeFolder;
  private final UnaryOperator<String> toGlobBase;

  /** A glob relative to the working directory, matched against display paths as they are. */
  public PathGlob(String pattern) {
    this(pattern, UnaryOperator.identity());
  }

  /**
   * A glob written relative to {@code baseDirectory} (a configuration file's folder), matched
   * against display paths that are relative to {@code workingDirectory}.
   */
  public static PathGlob relativeTo(String pattern, Path baseDirectory,
      Path workingDirectory) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path work = workingDirectory.toAbsolutePath().normalize();
    if (base.equals(work)) {
      return new PathGlob(pattern);
    }
    return new PathGlob(pattern, display -> {
      Path file = work.resolve(display).normalize();
      try {
        return base.relativize(file).toString().replace('\\', '/');
      } catch (IllegalArgumentException e) {
        return file.toString().replace('\\', '/');
      }
    });
  }

  private PathGlob(String pattern, UnaryOperator<String> toGlobBase) {
    this.toGlobBase = toGlobBase;
    String trimmed = pattern.strip().replace('\\', '/');
    while (trimmed.startsWith("./")) {
      trimmed = trimmed.substring(2);
    }
    if (trimmed.endsWith("/")) {
      trimmed = trimmed + "**";
    }
    this.pattern = pattern;
    this.anySegment = !trimmed.contains("/");
    this.wholeFolder = trimmed.endsWith("/**");
    this.regex = Pattern.compile(toRegex(trimmed));
  }

  public String pattern() {
    return pattern;
  }

  /** True when the path, or (for a pattern without a slash) any of its segments, matches. */
  public boolean matches(String relativePath) {
    String path = toGlobBase.apply(relativePath.replace('\\', '/'));
    if (regex.matcher(path).matches()) {
      return true;
    }
    if (anySegment) {
      for (String segment : path.split("/")) {
        if (regex.matcher(segment).matches()) {
          return true;
        }
      }
    }
    // "dir/**" also names "dir" itself, so that a whole folder can be skipped.
    return wholeFolder && regex.matcher(path + "/").matches();
  }

  private static String toRegex(String glob) {
    StringBuilder out = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
            out.append(slashAfter ? "(?:.*/)?" : ".*");
            i += slashAfter ? 2 : 1;
          } else {
            out.append("[^/]*");
          }
        }
        case '?' -> out.append("[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 2);
          if (close < 0) {
            throw new IllegalArgumentException("glob '" + glob + "' has a '[' that is never "
                + "closed by ']'");
          }
          String members = glob.substring(i + 1, close);
          boolean negated = members.startsWith("!") || members.startsWith("^");
          StringBuilder set = new StringBuilder(negated ? "[^/" : "[");
          for (int k = negated ? 1 : 0; k < members.length(); k++) {
            char m = members.charAt(k);
            set.append(m == '-' && k > (negated ? 1 : 0) && k < members.length() - 1 ? "-"
                : "\\" + m);
          }
          out.append(set).append(']');
          i = close;
        }
        case '{' -> {
          braces++;
          out.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            out.append(')');
          } else {
            out.append("\\}");
          }
        }
        case ',' -> out.append(braces > 0 ? "|" : ",");
        default -> out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces > 0) {
      throw new IllegalArgumentException("glob '" + glob + "' has a '{' that is never closed "
          + "by '}'");
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
