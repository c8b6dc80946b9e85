package dev.sfnappsynclint.report;

import dev.sfnappsynclint.report.ToolInfo;
import dev.sfnappsynclint.rule.RuleMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What reporters need besides the result.
 *
 * @param rules every rule the tool has (SARIF lists them all), sorted by id
 * @param workingDirectory what finding paths are relative to
 * @param sourceRoot what SARIF URIs are relative to (the repository root in CI)
 * @param includeSuppressed write suppressed findings too (SARIF only, with their suppression)
 * @param codeFrames show the source line under each finding (text only)
 * @param color use ANSI colours (text only)
 * @param sourceLines the text of a line of a file, for code frames
 * @param sourceLinkBase where files under the source root can be browsed (Markdown links), such
 *     as {@code https://github.com/OWNER/REPO/blob/SHA}
 */
public record ReportContext(ToolInfo tool, List<RuleMetadata> rules, Path workingDirectory,
    Path sourceRoot, boolean includeSuppressed, boolean codeFrames, boolean color,
    SourceLines sourceLines, Optional<String> sourceLinkBase) {

  public ReportContext(ToolInfo tool, List<RuleMetadata> rules, Path workingDirectory,
      Path sourceRoot, boolean includeSuppressed, boolean codeFrames, boolean color,
      SourceLines sourceLines) {
    this(tool, rules, workingDirectory, sourceRoot, includeSuppressed, codeFrames, color,
        sourceLines, Optional.empty());
  }

  public ReportContext withSourceLinkBase(String base) {
    return new ReportContext(tool, rules, workingDirectory, sourceRoot, includeSuppressed,
        codeFrames, color, sourceLines, Optional.ofNullable(base)
            .map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b));
  }

  /** Reads lines of the files findings point at. */
  @FunctionalInterface
  public interface SourceLines {
    Optional<String> line(String path, int line);

    SourceLines NONE = (path, line) -> Optional.empty();
  }

  public static ReportContext plain(ToolInfo tool, List<RuleMetadata> rules, Path workingDirectory) {
    return new ReportContext(tool, rules, workingDirectory, workingDirectory, false, false, false,
        SourceLines.NONE);
  }

  public Reporter reporter(ReportFormat format) {
    return switch (format) {
      case TEXT -> new TextReporter(codeFrames, color, sourceLines);
      case JSON -> new JsonReporter(tool.version());
      case SARIF -> new SarifReporter(this);
      case GITHUB -> new GithubReporter();
      case JUNIT -> new JunitReporter();
      case CHECKSTYLE -> new CheckstyleReporter(tool.version());
      case MARKDOWN -> new MarkdownReporter(this);
    };
  }

  /** A finding's path relative to the source root, percent-encoded as a URI reference. */
  public String sourceUri(String displayPath) {
    Path file = workingDirectory.resolve(displayPath).normalize();
    String relative;
    try {
      relative = sourceRoot.toAbsolutePath().normalize().relativize(file).toString();
    } catch (IllegalArgumentException e) {
      relative = displayPath;
    }
    StringBuilder uri = new StringBuilder();
    boolean first = true;
    for (String segment : relative.replace('\\', '/').split("/", -1)) {
      if (!first) {
        uri.append('/');
      }
      // A ':' in the first segment would make the reference absolute ("https:x.asl.json") or
      // invalid (RFC 3986 section 4.2, path-noscheme): encode it there; later segments keep it.
      String allowed = first ? "-._~!$&'()*+,;=@" : "-._~!$&'()*+,;=:@";
      first = false;
      for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
        int c = b & 0xFF;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || allowed.indexOf(c) >= 0) {
          uri.append((char) c);
        } else {
          uri.append('%').append(String.format("%02X", c));
        }
      }
    }
    return uri.toString();
  }
}
