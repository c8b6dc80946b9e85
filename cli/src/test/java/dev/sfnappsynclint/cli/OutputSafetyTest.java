package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never replace what the run reads, never collide, and are written whole. */
class OutputSafetyTest {

  private static final String MACHINE =
      "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}\n";

  @TempDir
  Path work;

  private CliRun cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliRun(work);
    cli.write("x.asl.json", MACHINE);
    cli.write(".sfn-appsync-lint.yml", "rules:\n  ASL006: error\n");
  }

  @Test
  void anOutputThatIsAnInputIsRefusedAndNothingIsWritten() throws IOException {
    assertThat(cli.run("-f", "json", "-o", "x.asl.json", "x.asl.json")).isEqualTo(2);
    assertThat(cli.err).contains("--output x.asl.json would overwrite a linted file");
    assertThat(cli.run("--write-baseline", "x.asl.json", ".")).isEqualTo(2);
    assertThat(cli.err).contains("--write-baseline x.asl.json would overwrite");
    assertThat(cli.run("-f", "sarif=.sfn-appsync-lint.yml", ".")).isEqualTo(2);
    assertThat(cli.err).contains("would overwrite the configuration");
    assertThat(cli.read("x.asl.json")).isEqualTo(MACHINE);
    assertThat(cli.read(".sfn-appsync-lint.yml")).isEqualTo("rules:\n  ASL006: error\n");

    cli.write("known.json", "{\"version\": 1, \"findings\": []}");
    assertThat(cli.run("--baseline", "known.json", "-f", "json=known.json", ".")).isEqualTo(2);
    assertThat(cli.err).contains("would overwrite the baseline");
  }

  @Test
  void twoOutputsToOneFileAreRefused() {
    assertThat(cli.run("-f", "json=out/a", "-f", "sarif=out/../out/a", ".")).isEqualTo(2);
    assertThat(cli.err).contains("-f json=out/a and -f sarif=out/../out/a name the same file");
    assertThat(work.resolve("out/a")).doesNotExist();
  }

  @Test
  void reportsAndBaselinesAreWrittenWholeWithNoTemporaryFileLeft() throws IOException {
    assertThat(cli.run("-f", "sarif=reports/r.sarif", "--write-baseline", "reports/b.json", "."))
        .isZero();
    try (Stream<Path> files = Files.list(work.resolve("reports"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "r.sarif", "b.json");
    }
  }

  @Test
  void aBaselineThatIsNoFileOrHidesByNegativeCountsIsAUsageError() throws IOException {
    assertThat(cli.run("--baseline", "/dev/zero", ".")).isEqualTo(2);
    assertThat(cli.err).contains("is not a regular file");
    cli.write("negative.json", "{\"version\": 1, \"findings\": [{\"path\": \"x.asl.json\", "
        + "\"ruleId\": \"ASL006\", \"pointer\": \"\", \"count\": -5}]}");
    assertThat(cli.run("--baseline", "negative.json", ".")).isEqualTo(2);
    assertThat(cli.err).contains("count -5");
  }
}
