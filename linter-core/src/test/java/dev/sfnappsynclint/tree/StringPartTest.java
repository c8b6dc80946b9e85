package dev.sfnappsynclint.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StringPartTest {

  @Test
  void narrowsAPlainJsonString() throws SyntaxException {
    ScalarNode value = value("{\"InputPath\": \"$.orders[0\"}", "json");
    Location part = StringPart.locate(value, 8, 10);
    assertThat(part.range()).isEqualTo(TextRange.of(1, 24, 1, 26));
    assertThat(part.anchor()).isEqualTo("/InputPath");
  }

  @Test
  void anEmptyPartIsOneCharacterWide() throws SyntaxException {
    ScalarNode value = value("{\"a\": \"$.x\"}", "json");
    assertThat(StringPart.locate(value, 1, 1).range()).isEqualTo(TextRange.of(1, 9, 1, 10));
  }

  @Test
  void narrowsPlainAndQuotedYaml() throws SyntaxException {
    assertThat(StringPart.locate(value("a: $.b[0\n", "yaml"), 3, 5).range())
        .isEqualTo(TextRange.of(1, 7, 1, 9));
    assertThat(StringPart.locate(value("a: '$.b[0'\n", "yaml"), 3, 5).range())
        .isEqualTo(TextRange.of(1, 8, 1, 10));
  }

  @Test
  void keepsTheWholeNodeWhenTheTextIsNotWrittenAsItReads() throws SyntaxException {
    ScalarNode escaped = value("{\"a\": \"States.Format('\\u0041{}')\"}", "json");
    assertThat(StringPart.locate(escaped, 2, 4)).isEqualTo(escaped.location());
    ScalarNode folded = value("a: >-\n  $.b[0\n", "yaml");
    assertThat(StringPart.locate(folded, 2, 4)).isEqualTo(folded.location());
    ScalarNode plain = value("{\"a\": \"$.x\"}", "json");
    assertThat(StringPart.locate(plain, 2, 99)).isEqualTo(plain.location());
  }

  private static ScalarNode value(String text, String kind) throws SyntaxException {
    SourceFile source = new SourceFile(Path.of("f." + kind), "f." + kind, text);
    Node root = kind.equals("json") ? new JsonTreeReader(TreeLimits.DEFAULT, false).read(source)
        : new YamlTreeReader(TreeLimits.DEFAULT).read(source);
    return (ScalarNode) ((ObjectNode) root).get("a").or(() -> ((ObjectNode) root)
        .get("InputPath")).orElseThrow();
  }
}
