package dev.sfnappsynclint.asl.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.path.JsonPath.Root;
import dev.sfnappsynclint.asl.path.JsonPath.SegmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"$", "$.a", "$.a.b", "$['x']", "$[\"x y\"]", "$.a[0]", "$.detail-type",
      "$.detail.case-id", "$$.Execution.Id", "$$.Map.Item.Value", "$$", "$myVar", "$myVar.field",
      "$_v[2].x", "$.abc.['def ghi']", "$[0].body", "$.a['b.c'].d", "$['it\\'s']", "$[-1]",
      "$.a.b:c", "$.some key"})
  void referencePaths(String text) {
    JsonPath path = JsonPath.parse(text);
    assertThat(path.error()).isEmpty();
    assertThat(path.isReferencePath()).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"$.a[*]", "$[*][*]", "$..name", "$.a.*", "$.a[1:]", "$.rows[1:3:1]",
      "$.a[0,1]", "$['a','b']", "$.jar[?(@.a >= 5)]", "$.a[?(@.name == 'x)y')]", "$.a[(@.length-1)]",
      "$.a.length()", "$..[0]", "$.GetQueryResults.ResultSet.Rows[1:]"})
  void pathsThatAreNotReferencePaths(String text) {
    JsonPath path = JsonPath.parse(text);
    assertThat(path.error()).as(text).isEmpty();
    assertThat(path.isReferencePath()).as(text).isFalse();
    assertThat(path.firstNonSingular()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a.b", ".a", "$.", "$.a.", "$..", "$.a[", "$.a[0", "$.a['x'",
      "$.a['x", "$[]", "$.a[abc]", "$1", "$ .a", "$.a[?(@.x > 1]", "$.a[?@.x]",
      "$.a['x',]", "$.f(", "$.a[1:2:3:4]", "$.a..", "$.a[0]x"})
  void notPaths(String text) {
    JsonPath path = JsonPath.parse(text);
    assertThat(path.isValid()).as(text).isFalse();
    PathSyntaxError error = path.error().orElseThrow();
    assertThat(error.start()).isBetween(0, text.length());
    assertThat(error.end()).isBetween(error.start(), text.length());
    assertThat(error.message()).isNotBlank();
  }

  @Test
  void rootsAndSegments() {
    JsonPath variable = JsonPath.parse("$order.items[0]['unit price']");
    assertThat(variable.isVariableReference()).isTrue();
    assertThat(variable.variableName()).contains("order");
    assertThat(variable.segments()).extracting(JsonPath.Segment::kind)
        .containsExactly(SegmentKind.FIELD, SegmentKind.INDEX, SegmentKind.FIELD);
    assertThat(variable.segments().get(2).name()).isEqualTo("unit price");
    assertThat(JsonPath.parse("$$.Task.Token").root()).isEqualTo(Root.CONTEXT);
    assertThat(JsonPath.parse("$.a").root()).isEqualTo(Root.INPUT);
    assertThat(JsonPath.parse("$.a").variableName()).isEmpty();
  }

  @Test
  void errorsSayWhere() {
    PathSyntaxError error = JsonPath.parse("$.a[0").error().orElseThrow();
    assertThat(error.start()).isEqualTo(3);
    assertThat(error.message()).contains("never closed");
    assertThat(JsonPath.parse("$.a.").error().orElseThrow().message()).contains("ends with '.'");
  }

  @Test
  void longAndDeepInputStayCheap() {
    String deep = "$" + ".a".repeat(200_000);
    assertThat(JsonPath.parse(deep).segments()).hasSize(200_000);
    String brackets = "$.a[?(" + "(".repeat(100_000) + ")]";
    assertThat(JsonPath.parse(brackets).isValid()).isFalse();
    String unclosed = "$" + "[".repeat(100_000);
    assertThat(JsonPath.parse(unclosed).isValid()).isFalse();
  }

  @Test
  void looksLikePathLeavesPlaceholdersAlone() {
    assertThat(JsonPath.looksLikePath("$.a")).isTrue();
    assertThat(JsonPath.looksLikePath("${Bucket}")).isFalse();
    assertThat(JsonPath.looksLikePath("States.UUID()")).isFalse();
  }
}
