package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.report.ReportContext;
import dev.sfnappsynclint.report.ReportFormat;
import dev.sfnappsynclint.report.ToolInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Same input, same bytes: files are linted in parallel, and the merged result must not depend
 * on how many threads did it or in which order they finished.
 */
class DeterministicOutputTest {

  private static final Path ROOT = Path.of(System.getProperty("sfnappsynclint.root", ".."));

  @Test
  void parallelAndSequentialRunsWriteIdenticalReports() throws IOException {
    Linter linter = new Linter(Linter.defaultRegistry());
    List<Path> paths = List.of(Path.of("examples"), Path.of("rules/src/test/resources/fixtures"));
    assertThat(Files.isDirectory(ROOT.resolve("examples"))).isTrue();
    LintResult sequential = linter.lint(LintRequest.builder(ROOT).paths(paths).threads(1).build());
    assertThat(sequential.findings()).hasSizeGreaterThan(100);
    for (int run = 0; run < 3; run++) {
      LintResult parallel = linter.lint(LintRequest.builder(ROOT).paths(paths).threads(4).build());
      for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.SARIF,
          ReportFormat.TEXT)) {
        assertThat(render(linter, parallel, format)).as("%s, run %d", format, run)
            .isEqualTo(render(linter, sequential, format));
      }
    }
  }

  private static String render(Linter linter, LintResult result, ReportFormat format)
      throws IOException {
    StringWriter out = new StringWriter();
    ReportContext.plain(ToolInfo.CURRENT, linter.registry().metadata(), ROOT)
        .reporter(format).write(result, out);
    return out.toString();
  }
}
