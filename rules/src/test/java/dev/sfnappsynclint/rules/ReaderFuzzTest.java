package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sfnappsynclint.report.TerminalText;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.JsonTreeReader;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.SyntaxException;
import dev.sfnappsynclint.tree.TreeLimits;
import dev.sfnappsynclint.tree.YamlTreeReader;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of the located readers and of output escaping, one target each (see
 * {@code benchmarks/fuzz.sh}). A reader may only answer with a tree whose every range lies in
 * the text, or with a {@link SyntaxException}; escaping must leave no control character.
 */
class ReaderFuzzTest {

  private static final JsonTreeReader JSON = new JsonTreeReader(TreeLimits.DEFAULT, false);
  private static final YamlTreeReader YAML = new YamlTreeReader(TreeLimits.DEFAULT);

  @FuzzTest(maxDuration = "10m")
  void jsonReaderAnswersWithATreeOrASyntaxError(FuzzedDataProvider data) {
    read(data.consumeRemainingAsString(), true);
  }

  @FuzzTest(maxDuration = "10m")
  void yamlReaderAnswersWithATreeOrASyntaxError(FuzzedDataProvider data) {
    read(data.consumeRemainingAsString(), false);
  }

  @FuzzTest(maxDuration = "10m")
  void escapedTextHasNoControlCharacters(FuzzedDataProvider data) {
    String escaped = TerminalText.escape(data.consumeRemainingAsString());
    assertThat(escaped.chars()).noneMatch(c -> (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028 || c == 0x2029);
  }

  private static void read(String text, boolean json) {
    SourceFile source = new SourceFile(Path.of(json ? "f.json" : "f.yaml"),
        json ? "f.json" : "f.yaml", text);
    Node root;
    try {
      root = json ? JSON.read(source) : YAML.read(source);
    } catch (SyntaxException e) {
      assertThat(e.position().line()).isBetween(1, source.lines().lineCount() + 1);
      return;
    }
    assertThat(root.range().start().line()).isBetween(1, source.lines().lineCount() + 1);
    assertThat(root.range().end().line()).isBetween(1, source.lines().lineCount() + 1);
  }
}
