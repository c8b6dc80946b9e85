package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The repository's .pre-commit-hooks.yaml: its command line works and its files filter fits. */
class PreCommitHookTest {

  private static final Path ROOT = Path.of(System.getProperty("sfnappsynclint.root", ".."))
      .toAbsolutePath().normalize();

  @TempDir
  Path work;

  private static JsonNode hook() {
    JsonNode hooks = YAMLMapper.builder().build().readTree(
        ROOT.resolve(".pre-commit-hooks.yaml").toFile());
    assertThat(hooks.isArray()).isTrue();
    return hooks.get(0);
  }

  @Test
  void theHookRunsTheLinterOnTheRepository() throws IOException {
    JsonNode hook = hook();
    assertThat(hook.get("id").asString()).isEqualTo("sfn-appsync-lint");
    assertThat(hook.get("entry").asString()).isEqualTo("sfn-appsync-lint");
    assertThat(hook.get("language").asString()).isEqualTo("system");
    assertThat(hook.get("pass_filenames").asBoolean()).isFalse();
    List<String> args = new ArrayList<>();
    hook.get("args").forEach(a -> args.add(a.asString()));

    CliRun cli = new CliRun(work);
    cli.write("statemachine/flow.asl.json", Fixtures.CLEAN);
    assertThat(cli.run(args.toArray(String[]::new))).isZero();
    cli.write("statemachine/archive.asl.json", Fixtures.UNREACHABLE);
    assertThat(cli.run(args.toArray(String[]::new))).isEqualTo(1);
    assertThat(cli.out).contains("statemachine/archive.asl.json:5:5");
  }

  @Test
  void theHookRunsWhenADefinitionOrTemplateChanges() {
    Pattern files = Pattern.compile(hook().get("files").asString());
    for (String name : List.of("sm/a.asl.json", "sm/a.asl.yaml", "sm/a.asl.yml", "cdk.out/a.asl",
        "template.yaml", "stack.template.json", "flows/order.json")) {
      assertThat(files.matcher(name).find()).as(name).isTrue();
    }
    for (String name : List.of("README.md", "src/Main.java", "schema.graphql")) {
      assertThat(files.matcher(name).find()).as(name).isFalse();
    }
  }
}
