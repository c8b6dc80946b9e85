package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State names and file names come from strangers' pull requests; what the tool prints about
 * them lands in CI logs and job summaries. No input may start a workflow command or a Markdown
 * link, image or mention.
 */
class UntrustedOutputTest {

  @TempDir
  Path work;

  private CliRun cli;

  @BeforeEach
  void setUp() {
    cli = new CliRun(work);
  }

  /** A machine whose unreachable state has the given name (JSON-escaped by the caller). */
  private static String machineWithUnreachable(String jsonName) {
    return "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"},\n  \"" + jsonName
        + "\": {\"Type\": \"Succeed\"}}}\n";
  }

  @Test
  void aStateNameCannotInjectWorkflowCommandsIntoTheLog() throws IOException {
    cli.write("flows/evil.asl.json", machineWithUnreachable(
        "x\\n::error file=README.md,line=1::fake\\n::stop-commands::t\\u001b[2J\\u0007"));
    assertThat(cli.run("flows", "--color", "always")).isEqualTo(1);
    assertThat(cli.out.lines()).noneMatch(line -> line.startsWith("::"));
    assertThat(cli.out).contains("x\\n::error file=README.md,line=1::fake\\n::stop-commands::t"
        + "\\u001B[2J\\u0007").doesNotContain("\u0007");
    // The code frame on a terminal shows the line escaped, too.
    assertThat(cli.run(new Terminal(true, false), "flows")).isEqualTo(1);
    assertThat(cli.out.lines()).noneMatch(line -> line.startsWith("::"));
    assertThat(cli.out).doesNotContain("\u0007").doesNotContain("\u001b[2J");
  }

  @Test
  void aStateNameCannotFormMarkdown() throws IOException {
    cli.write("flows/a `b) c.asl.json", machineWithUnreachable(
        "![t](https://evil.example/t.png) @someone [x](https://evil.example) <img src=x> *b*"));
    assertThat(cli.run("-f", "markdown", "--source-link-base", "https://github.com/o/r/blob/s",
        ".")).isEqualTo(1);
    String row = cli.out.lines().filter(l -> l.startsWith("| error")).findFirst().orElseThrow();
    assertThat(row)
        .doesNotContain("![t](", "[x](https", " @someone", " <img", " *b*", "https://evil")
        .contains("\\!\\[t\\]\\(https:\u200B//evil.example", "\\@someone", "\\<img")
        // The link to the file survives a ")" and a backtick in its name.
        .contains("(https://github.com/o/r/blob/s/flows/a%20%60b%29%20c.asl.json#L2)")
        .contains("[flows/a \\`b\\) c.asl.json:2]");
  }
}
