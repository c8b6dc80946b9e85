package dev.sfnappsynclint.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscoveryTest {

  /** What the state machine and template extractors read. */
  private static final java.util.Set<String> EXTENSIONS =
      java.util.Set.of(".json", ".yaml", ".yml", ".asl");

  @TempDir
  Path work;

  private void touch(String relative) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{}");
  }

  private List<String> discover(List<String> includes, List<String> excludes, String... paths) {
    FileDiscovery discovery = new FileDiscovery(work, includes.stream().map(PathGlob::new).toList(), excludes.stream().map(PathGlob::new).toList(), EXTENSIONS);
    return discovery.discover(java.util.Arrays.stream(paths).map(Path::of).toList())
        .candidates().stream().map(Candidate::displayPath).toList();
  }

  @Test
  void walksFoldersAndSkipsHiddenAndBuildFolders() throws IOException {
    touch("app/statemachine/order.asl.json");
    touch("app/template.yaml");
    touch("app/cdk/machine.asl");
    touch("app/README.md");
    touch(".git/config.json");
    touch("app/node_modules/pkg/state.asl.json");
    touch("app/target/classes/copy.asl.json");
    touch("app/cdk.out/Stack.template.json");
    assertThat(discover(List.of(), List.of(), "."))
        .containsExactly("app/cdk/machine.asl", "app/statemachine/order.asl.json",
            "app/template.yaml");
  }

  @Test
  void aFolderNamedByTheUserIsWalkedEvenIfItWouldBeSkipped() throws IOException {
    touch("app/cdk.out/Stack.template.json");
    assertThat(discover(List.of(), List.of(), "app/cdk.out"))
        .containsExactly("app/cdk.out/Stack.template.json");
  }

  @Test
  void excludeAndIncludeGlobs() throws IOException {
    touch("a/one.asl.json");
    touch("legacy/two.asl.json");
    touch("b/deep/three.asl.yaml");
    assertThat(discover(List.of(), List.of("legacy/**"), "."))
        .containsExactly("a/one.asl.json", "b/deep/three.asl.yaml");
    assertThat(discover(List.of(), List.of("legacy"), "."))
        .containsExactly("a/one.asl.json", "b/deep/three.asl.yaml");
    assertThat(discover(List.of("**/*.asl.yaml"), List.of(), "."))
        .containsExactly("b/deep/three.asl.yaml");
  }

  @Test
  void missingPathsAreProblemsNotCrashes() {
    FileDiscovery.Result result = new FileDiscovery(work, List.of(), List.of(), EXTENSIONS)
        .discover(List.of(Path.of("nope")));
    assertThat(result.candidates()).isEmpty();
    assertThat(result.problems()).containsExactly("Path does not exist: nope");
  }

  @Test
  void symlinkLoopsAndLinksOutOfTheRootAreNotFollowed(@TempDir Path outside) throws IOException {
    touch("root/inside.asl.json");
    Files.writeString(outside.resolve("outside.asl.json"), "{}");
    try {
      Files.createSymbolicLink(work.resolve("root/loop"), work.resolve("root"));
      Files.createSymbolicLink(work.resolve("root/escape"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("symbolic links are not supported here");
    }
    assertThat(discover(List.of(), List.of(), "root")).containsExactly("root/inside.asl.json");
  }

  @Test
  void theSameFileNamedTwiceIsListedOnce() throws IOException {
    touch("a/one.asl.json");
    assertThat(discover(List.of(), List.of(), "a", "a/one.asl.json", "."))
        .containsExactly("a/one.asl.json");
  }

  @Test
  void globSyntax() {
    assertThat(new PathGlob("**/*.asl.json").matches("x.asl.json")).isTrue();
    assertThat(new PathGlob("**/*.asl.json").matches("a/b/x.asl.json")).isTrue();
    assertThat(new PathGlob("src/*.json").matches("src/a/x.json")).isFalse();
    assertThat(new PathGlob("src/**").matches("src")).isTrue();
    assertThat(new PathGlob("*.{yaml,yml}").matches("dir/t.yml")).isTrue();
    assertThat(new PathGlob("t?.json").matches("t1.json")).isTrue();
  }
}
