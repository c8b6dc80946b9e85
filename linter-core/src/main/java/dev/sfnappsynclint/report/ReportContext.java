package dev.sfnappsynclint.report;

import dev.sfnappsynclint.lint.ToolInfo;
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
 */
public record ReportContext(ToolInfo tool, List<RuleMetadata> rules, Path workingDirectory,
    Path sourceRoot, boolean includeSuppressed, boolean codeFrames, boolean color,
    SourceLines sourceLines) {

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
    };
  }
}
