package dev.sfnappsynclint.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A released version resolves the way the Action downloads it. Before this test, Maven
 * installed the CLI's attached "all" jar as a release into a file repository with Maven
 * Central's layout, and Ant wrote a .sha1 beside each file as Central serves them (see
 * github-action/pom.xml); here the Action's script is given that repository and the version,
 * and must find the jar at the URL it computes, accept the checksum and run it.
 */
class ReleasedVersionIT {

  private static final String VERSION = System.getProperty("sfnappsynclint.releasedVersion", "1.0.0");
  private static final Path REPOSITORY = Path.of(System.getProperty(
      "sfnappsynclint.releasedRepository", "target/released-repository")).toAbsolutePath();
  /** As a user would give a repository's URL: without a trailing slash. */
  private static final String REPOSITORY_URL = REPOSITORY.toUri().toString().replaceAll("/$", "");

  @TempDir
  Path base;

  private ActionRun action;

  @BeforeEach
  void setUp() throws IOException {
    action = new ActionRun(base);
    action.environment.remove("INPUT_CLI_JAR");
    action.environment.put("SFN_APPSYNC_LINT_MAVEN_REPOSITORY", REPOSITORY_URL);
    action.copyExamples();
  }

  @Test
  void theActionDownloadsVerifiesAndRunsAReleasedVersion() throws Exception {
    assertThat(action.input("version", VERSION).run()).as(action.stdout + action.stderr).isEqualTo(1);

    // What the script asked for is what Maven published, and the checksum it checked is the
    // one beside it.
    String path = "dev/sfnappsynclint/sfn-appsync-lint-cli/" + VERSION + "/sfn-appsync-lint-cli-"
        + VERSION + "-all.jar";
    assertThat(action.stdout).contains("Downloading " + REPOSITORY_URL + "/" + path);
    Path published = REPOSITORY.resolve(path);
    Path downloaded = base.resolve("tool-cache/sfn-appsync-lint/" + VERSION + "/sfn-appsync-lint.jar");
    byte[] jar = Files.readAllBytes(downloaded);
    assertThat(jar).isEqualTo(Files.readAllBytes(published));
    String cliVersion = System.getProperty("sfnappsynclint.version", "0.1.0-SNAPSHOT");
    assertThat(jar).isEqualTo(Files.readAllBytes(
        ActionRun.ROOT.resolve("cli/target/sfn-appsync-lint-cli-" + cliVersion + "-all.jar")));
    String sha1 = Files.readString(Path.of(published + ".sha1"), StandardCharsets.US_ASCII).trim();
    assertThat(sha1).isEqualTo(hex("SHA-1", jar));

    // And it ran: the examples' findings, as with the jar built from this checkout.
    assertThat(action.outputs()).containsEntry("exit-code", "1")
        .containsEntry("error-count", "11")
        .containsEntry("warning-count", "1");
  }

  @Test
  void aVersionThatWasNotReleasedIsAToolError() throws Exception {
    assertThat(action.input("version", VERSION + ".404").run()).isEqualTo(2);
    assertThat(action.stdout).contains("cannot download sfn-appsync-lint " + VERSION + ".404");
    assertThat(action.outputs()).containsEntry("exit-code", "2");
  }

  private static String hex(String algorithm, byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }
}
