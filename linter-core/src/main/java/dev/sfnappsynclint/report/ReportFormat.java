package dev.sfnappsynclint.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats a report can be written in. */
public enum ReportFormat {
  /** One line per finding for people; code frames and colour on a terminal. */
  TEXT,
  /** This tool's own JSON, a stable contract. */
  JSON,
  /** SARIF 2.1.0, as GitHub code scanning reads it. */
  SARIF,
  /** GitHub Actions workflow commands: pull-request annotations. */
  GITHUB,
  /** JUnit XML: one test case per file, a failure per finding. */
  JUNIT,
  /** Checkstyle XML, as Jenkins, GitLab and SonarQube import it. */
  CHECKSTYLE,
  /** A Markdown summary for pull requests and CI job summaries. */
  MARKDOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "text, json, ... or markdown", for messages. */
  public static String choices() {
    List<String> labels = Arrays.stream(values()).map(ReportFormat::label).toList();
    return String.join(", ", labels.subList(0, labels.size() - 1)) + " or "
        + labels.get(labels.size() - 1);
  }

  public static Optional<ReportFormat> parse(String text) {
    for (ReportFormat format : values()) {
      if (format.label().equalsIgnoreCase(text.strip())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
