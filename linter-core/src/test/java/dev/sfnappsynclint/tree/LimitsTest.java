package dev.sfnappsynclint.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfnappsynclint.source.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Hostile input stops with a located syntax error, never a stack overflow or an OOM. */
class LimitsTest {

  private static SourceFile source(String name, String text) {
    return new SourceFile(Path.of(name), name, text);
  }

  @Test
  void deepJsonNestingIsRefusedNotOverflowed() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> new JsonTreeReader(TreeLimits.DEFAULT, false).read(source("d.json", deep)))
        .isInstanceOf(SyntaxException.class)
        .hasMessageContaining("nested more than 256 levels");
  }

  @Test
  void deepYamlNestingIsRefusedNotOverflowed() {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    assertThatThrownBy(() -> new YamlTreeReader(TreeLimits.DEFAULT).read(source("d.yaml", deep)))
        .isInstanceOf(SyntaxException.class)
        .hasMessageContaining("nested more than 256 levels");
  }

  @Test
  void yamlAliasBombsStopAtTheNodeLimit() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; name++) {
      bomb.append(name).append(": &").append(name).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = name;
    }
    TreeLimits limits = new TreeLimits(256, 100_000, 1_000);
    assertThatThrownBy(() -> new YamlTreeReader(limits).read(source("bomb.yaml", bomb.toString())))
        .isInstanceOf(SyntaxException.class)
        .hasMessageContaining("more than 100000 values");
  }

  @Test
  void nestingWithinTheLimitIsRead() throws Exception {
    String nested = "[".repeat(200) + "]".repeat(200);
    assertThat(new JsonTreeReader(TreeLimits.DEFAULT, false).read(source("n.json", nested)).isArray())
        .isTrue();
    assertThat(new YamlTreeReader(TreeLimits.DEFAULT).read(source("n.yaml", nested)).isArray())
        .isTrue();
  }
}
