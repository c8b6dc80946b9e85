package dev.sfnappsynclint.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Ranges of keys and values in JSON and YAML, in UTF-16 columns, end exclusive. */
class LocationTest {

  private static final JsonTreeReader JSON = new JsonTreeReader(TreeLimits.DEFAULT, false);
  private static final YamlTreeReader YAML = new YamlTreeReader(TreeLimits.DEFAULT);

  private static ObjectNode json(String text) throws SyntaxException {
    return (ObjectNode) JSON.read(new SourceFile(Path.of("t.json"), "t.json", text));
  }

  private static ObjectNode yaml(String text) throws SyntaxException {
    return (ObjectNode) YAML.read(new SourceFile(Path.of("t.yaml"), "t.yaml", text));
  }

  private static ObjectNode object(ObjectNode parent, String key) {
    return (ObjectNode) parent.get(key).orElseThrow();
  }

  @Test
  void jsonKeysAndValuesHaveTheirOwnRanges() throws Exception {
    ObjectNode root = json("{\n  \"StartAt\": \"Load\",\n  \"States\": {\n    \"Load\": {\"Type\": \"Pass\", \"End\": true}\n  }\n}\n");
    Member startAt = root.member("StartAt").orElseThrow();
    assertThat(startAt.key().range()).isEqualTo(TextRange.of(2, 3, 2, 12));
    assertThat(startAt.value().range()).isEqualTo(TextRange.of(2, 14, 2, 20));
    assertThat(startAt.value().pointer()).isEqualTo("/StartAt");
    assertThat(startAt.key().pointer()).isEqualTo("/StartAt");

    ObjectNode load = object(object(root, "States"), "Load");
    assertThat(load.range()).isEqualTo(TextRange.of(4, 13, 4, 42));
    assertThat(load.pointer()).isEqualTo("/States/Load");
    assertThat(load.get("End").orElseThrow().range()).isEqualTo(TextRange.of(4, 37, 4, 41));
    assertThat(root.range()).isEqualTo(TextRange.of(1, 1, 6, 2));
  }

  @Test
  void jsonColumnsCountUtf16CodeUnitsAfterNonAsciiText() throws Exception {
    // "é" is one UTF-16 unit (two UTF-8 bytes); "🎉" is two UTF-16 units (four bytes).
    ObjectNode root = json("{\"Comment\": \"é🎉\", \"StartAt\": \"Ü\", \"States\": {}}");
    assertThat(root.member("StartAt").orElseThrow().key().range())
        .isEqualTo(TextRange.of(1, 20, 1, 29));
    assertThat(root.get("StartAt").orElseThrow().range()).isEqualTo(TextRange.of(1, 31, 1, 34));
  }

  @Test
  void jsonStringRangesIncludeEscapes() throws Exception {
    ObjectNode root = json("{\"a\\\"b\": \"x\\u0041\\n\", \"next\": 1}");
    Member member = root.members().get(0);
    assertThat(member.name()).isEqualTo("a\"b");
    assertThat(member.key().range()).isEqualTo(TextRange.of(1, 2, 1, 8));
    assertThat(member.value().range()).isEqualTo(TextRange.of(1, 10, 1, 21));
    assertThat(member.value().asString()).contains("xA\n");
    assertThat(root.members().get(1).key().range().start().column()).isEqualTo(23);
  }

  @Test
  void numbersKeepTheTextAsWritten() throws Exception {
    ObjectNode root = json("{\"Seconds\": 1.50e3, \"Max\": -7}");
    ScalarNode seconds = (ScalarNode) root.get("Seconds").orElseThrow();
    assertThat(seconds.text()).isEqualTo("1.50e3");
    assertThat(seconds.range()).isEqualTo(TextRange.of(1, 13, 1, 19));
    assertThat(seconds.number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1500"));
    assertThat(root.get("Max").orElseThrow().range()).isEqualTo(TextRange.of(1, 28, 1, 30));
  }

  @Test
  void pointersEscapeSlashAndTilde() throws Exception {
    ObjectNode root = json("{\"States\": {\"a/b~c\": {\"Type\": \"Pass\"}}}");
    assertThat(object(object(root, "States"), "a/b~c").pointer()).isEqualTo("/States/a~1b~0c");
  }

  @Test
  void crlfLineBreaksCountOnce() throws Exception {
    ObjectNode root = json("{\r\n  \"StartAt\": \"A\",\r\n  \"States\": {}\r\n}");
    assertThat(root.member("States").orElseThrow().key().range())
        .isEqualTo(TextRange.of(3, 3, 3, 11));
  }

  @Test
  void yamlKeysAndValuesHaveTheirOwnRanges() throws Exception {
    ObjectNode root = yaml("StartAt: Load\nStates:\n  Load:\n    Type: Pass\n    End: true\n");
    assertThat(root.member("StartAt").orElseThrow().key().range())
        .isEqualTo(TextRange.of(1, 1, 1, 8));
    assertThat(root.get("StartAt").orElseThrow().range()).isEqualTo(TextRange.of(1, 10, 1, 14));
    Member load = object(root, "States").member("Load").orElseThrow();
    assertThat(load.key().range()).isEqualTo(TextRange.of(3, 3, 3, 7));
    assertThat(load.value().pointer()).isEqualTo("/States/Load");
    // A block mapping ends where its last value ends, not at the next token.
    assertThat(load.value().range()).isEqualTo(TextRange.of(4, 5, 5, 14));
    ScalarNode end = (ScalarNode) ((ObjectNode) load.value()).get("End").orElseThrow();
    assertThat(end.kind()).isEqualTo(ScalarNode.Kind.BOOLEAN);
    assertThat(end.isTrue()).isTrue();
  }

  @Test
  void yamlColumnsCountUtf16CodeUnitsAfterCharactersOutsideTheBmp() throws Exception {
    // YAML parsers count code points; "🎉" is one code point but two UTF-16 units.
    ObjectNode root = yaml("Comment: 🎉🎉\nStartAt: A\nStates: {A: {Type: Succeed}, \"é🎉\": {Type: Pass}}\n");
    ObjectNode states = object(root, "States");
    assertThat(states.member("A").orElseThrow().key().range()).isEqualTo(TextRange.of(3, 10, 3, 11));
    assertThat(states.member("é🎉").orElseThrow().key().range())
        .isEqualTo(TextRange.of(3, 30, 3, 35));
    assertThat(root.get("Comment").orElseThrow().range()).isEqualTo(TextRange.of(1, 10, 1, 14));
  }

  @Test
  void yamlKeepsCloudFormationShortFormTags() throws Exception {
    ObjectNode root = yaml("Resource: !GetAtt Fn.Arn\nName: !Sub '${AWS::StackName}-x'\nList: !Split [',', 'a,b']\n");
    assertThat(root.get("Resource").orElseThrow().tag()).contains("!GetAtt");
    assertThat(root.get("Resource").orElseThrow().isString()).isFalse();
    assertThat(((ScalarNode) root.get("Resource").orElseThrow()).text()).isEqualTo("Fn.Arn");
    assertThat(root.get("Name").orElseThrow().tag()).contains("!Sub");
    assertThat(root.get("List").orElseThrow().tag()).contains("!Split");
    assertThat(root.get("List").orElseThrow().isArray()).isTrue();
  }

  @Test
  void yamlScalarsResolveWithTheCoreSchema() throws Exception {
    ObjectNode root = yaml("a: 10\nb: '10'\nc: ~\nd: 1.5\ne: true\nf: yes\n");
    assertThat(((ScalarNode) root.get("a").orElseThrow()).kind()).isEqualTo(ScalarNode.Kind.NUMBER);
    assertThat(root.get("b").orElseThrow().isString()).isTrue();
    assertThat(((ScalarNode) root.get("c").orElseThrow()).kind()).isEqualTo(ScalarNode.Kind.NULL);
    assertThat(((ScalarNode) root.get("d").orElseThrow()).number()).hasValueSatisfying(
        n -> assertThat(n).isEqualByComparingTo("1.5"));
    assertThat(((ScalarNode) root.get("e").orElseThrow()).isTrue()).isTrue();
    assertThat(root.get("f").orElseThrow().isString()).isTrue();
  }

  @Test
  void yamlAliasesAreCopiedWithTheirOwnPointers() throws Exception {
    ObjectNode root = yaml("base: &b {x: 1}\ncopy: *b\n");
    ObjectNode copy = object(root, "copy");
    assertThat(copy.pointer()).isEqualTo("/copy");
    assertThat(copy.get("x").orElseThrow().pointer()).isEqualTo("/copy/x");
  }

  @Test
  void pointersOfArrayElementsAndEmbeddedDocumentsDeriveFromTheirParents() throws Exception {
    SourceFile file = new SourceFile(Path.of("t.yaml"), "t.yaml", "x");
    String text = "{\"Branches\": [{\"a\": [1, {\"b~/\": true}]}, 2]}";
    ObjectNode root = (ObjectNode) JSON.read(file, text, null, null, "/Resources/M/Definition");
    ArrayNode branches = (ArrayNode) root.get("Branches").orElseThrow();
    ArrayNode inner = (ArrayNode) ((ObjectNode) branches.elements().get(0)).get("a").orElseThrow();
    ObjectNode last = (ObjectNode) inner.elements().get(1);
    assertThat(root.pointer()).isEqualTo("/Resources/M/Definition");
    assertThat(branches.elements().get(1).pointer()).isEqualTo("/Resources/M/Definition/Branches/1");
    assertThat(last.pointer()).isEqualTo("/Resources/M/Definition/Branches/0/a/1");
    assertThat(last.members().get(0).key().pointer())
        .isEqualTo("/Resources/M/Definition/Branches/0/a/1/b~0~1")
        .isEqualTo(last.members().get(0).value().pointer());
    // A node taken into a second tree (as a substituted copy does) keeps its first pointer.
    ObjectNode other = new ObjectNode(file, "/elsewhere", last.range(), null, last.members());
    assertThat(other.members().get(0).value().pointer())
        .isEqualTo("/Resources/M/Definition/Branches/0/a/1/b~0~1");
  }

  @Test
  void largeObjectsFindTheLastMemberOfANameAsSmallOnesDo() throws Exception {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < 12; i++) {
      text.append("\"k").append(i % 10).append("\": ").append(i).append(i < 11 ? ", " : "}");
    }
    ObjectNode root = json(text.toString());
    assertThat(root.duplicateMembers()).extracting(Member::name).containsExactly("k0", "k1");
    assertThat(root.get("k1").orElseThrow().toString()).isEqualTo("11");
    assertThat(root.get("k5").orElseThrow().toString()).isEqualTo("5");
    assertThat(root.has("k10")).isFalse();
  }

  @Test
  void duplicateKeysAreKeptAndTheLastOneWins() throws Exception {
    ObjectNode root = json("{\"a\": 1, \"b\": 2, \"a\": 3}");
    assertThat(root.members()).hasSize(3);
    assertThat(root.duplicateMembers()).extracting(Member::name).containsExactly("a");
    assertThat(((ScalarNode) root.get("a").orElseThrow()).text()).isEqualTo("3");
    ObjectNode yamlRoot = yaml("a: 1\na: 2\n");
    assertThat(yamlRoot.duplicateMembers()).hasSize(1);
  }

  @Test
  void syntaxErrorsCarryTheirPosition() {
    assertThatThrownBy(() -> json("{\n  \"a\": 1\n  \"b\": 2\n}"))
        .isInstanceOfSatisfying(SyntaxException.class, e -> {
          assertThat(e.position().line()).isEqualTo(3);
          assertThat(e.position().column()).isEqualTo(3);
          assertThat(e.getMessage()).startsWith("Invalid JSON:").doesNotContain("Source:");
        });
    assertThatThrownBy(() -> yaml("a:\n  b: 1\n c: 2\n"))
        .isInstanceOfSatisfying(SyntaxException.class, e -> {
          assertThat(e.position().line()).isEqualTo(3);
          assertThat(e.getMessage()).startsWith("Invalid YAML:");
        });
    assertThatThrownBy(() -> json("   ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> json("{} {}")).hasMessageContaining("after the end");
  }
}
