package dev.sfnappsynclint.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.finding.SuggestedFix;
import dev.sfnappsynclint.frontend.FixPasses;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.source.TextRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixApplierTest {

  @TempDir
  Path work;

  private void write(String path, String text) throws IOException {
    Files.createDirectories(work.resolve(path).getParent());
    Files.writeString(work.resolve(path), text, StandardCharsets.UTF_8);
  }

  private String read(String path) throws IOException {
    return Files.readString(work.resolve(path), StandardCharsets.UTF_8);
  }

  /** A finding in {@code path} whose fix replaces {@code [from, to)} of {@code text}. */
  private static Finding finding(String path, String text, int from, int to, String replacement,
      String... otherPathEdit) {
    LineIndex lines = new LineIndex(text);
    TextRange range = new TextRange(lines.position(from), lines.position(to));
    List<TextEdit> edits = new ArrayList<>(List.of(new TextEdit(path, range, replacement)));
    for (String other : otherPathEdit) {
      edits.add(new TextEdit(other, TextRange.of(1, 1, 1, 1), "x"));
    }
    return new Finding("T001", "Test", Severity.WARNING, "m", new Location(path, range, ""),
        List.of(), Optional.of(new SuggestedFix("fix", edits)));
  }

  @Test
  void appliesEveryFixOfAFileFromTheLastToTheFirst() throws IOException {
    String text = "one two\nthree four\n";
    write("a/f.json", text);
    FixApplier.Result result = new FixApplier(work).apply(List.of(
        finding("a/f.json", text, 0, 3, "ONE"),
        finding("a/f.json", text, 14, 18, "FOUR, longer"),
        finding("a/f.json", text, 8, 8, ">")));
    assertThat(result.applied()).isEqualTo(3);
    assertThat(result.skipped()).isZero();
    assertThat(result.files()).containsExactly("a/f.json");
    assertThat(read("a/f.json")).isEqualTo("ONE two\n>three FOUR, longer\n");
  }

  @Test
  void skipsOverlappingFixesAndFixesThatReachAnotherFile() throws IOException {
    String text = "abcdef";
    write("f.json", text);
    write("other.json", "untouched");
    FixApplier.Result result = new FixApplier(work).apply(List.of(
        finding("f.json", text, 1, 4, "X"),
        finding("f.json", text, 3, 5, "Y"),
        finding("f.json", text, 0, 0, "<"),
        finding("f.json", text, 0, 0, "<<"),
        finding("f.json", text, 5, 5, "!", "other.json")));
    assertThat(result.applied()).isEqualTo(2);
    assertThat(result.skipped()).isEqualTo(3);
    assertThat(read("f.json")).isEqualTo("<aXef");
    assertThat(read("other.json")).isEqualTo("untouched");
  }

  @Test
  void skipsAFixWhoseRangeIsNoLongerInTheFile() throws IOException {
    write("f.json", "short");
    Finding stale = finding("f.json", "a much longer text\nover two lines", 20, 22, "x");
    FixApplier.Result result = new FixApplier(work).apply(List.of(stale));
    assertThat(result.applied()).isZero();
    assertThat(result.skipped()).isEqualTo(1);
    assertThat(result.files()).isEmpty();
    assertThat(read("f.json")).isEqualTo("short");
  }

  @Test
  void writesThroughATemporaryFileAndKeepsTheByteOrderMarkAndPermissions() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path file = work.resolve("f.json");
    Files.write(file, bytes);
    boolean posix = Files.getFileStore(file).supportsFileAttributeView("posix");
    if (posix) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    }
    new FixApplier(work).apply(List.of(finding("f.json", "{\"a\": 1}", 6, 7, "2")));
    byte[] written = Files.readAllBytes(file);
    assertThat(written).startsWith(bom);
    assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("{\"a\": 2}");
    if (posix) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-r-----");
    }
    try (Stream<Path> files = Files.list(work)) {
      assertThat(files).as("no temporary file is left").containsExactly(file);
    }
  }

  @Test
  void aFileThatCannotBeReadIsAToolError() throws IOException {
    Files.write(work.resolve("bad.json"), new byte[] {(byte) 0xC3, (byte) 0x28});
    FixApplier.Result result = new FixApplier(work).apply(List.of(
        finding("bad.json", "ab", 0, 1, "x")));
    assertThat(result.applied()).isZero();
    assertThat(result.problems()).singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("bad.json", "not valid UTF-8"));
  }

  /**
   * Two findings each insert at the start of the file; a pass applies one, the next lint still
   * reports the other, and the second pass applies it. The result is the last lint.
   */
  @Test
  void passesRepeatUntilNoFixIsLeft() throws IOException {
    write("f.json", "body");
    int[] lints = {0};
    FixPasses.Outcome outcome = FixPasses.run(work, () -> {
      lints[0]++;
      String text;
      try {
        text = read("f.json");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Finding> findings = new ArrayList<>();
      if (!text.contains("A")) {
        findings.add(finding("f.json", text, 0, 0, "A"));
      }
      if (!text.contains("B")) {
        findings.add(finding("f.json", text, 0, 0, "B"));
      }
      return new LintResult(findings, List.of(), List.of(), List.of("f.json"), List.of());
    });
    assertThat(outcome.applied()).isEqualTo(2);
    assertThat(outcome.files()).containsExactly("f.json");
    assertThat(outcome.result().findings()).isEmpty();
    assertThat(outcome.describe()).isEqualTo("applied 2 fixes to 1 file");
    assertThat(read("f.json")).isIn("ABbody", "BAbody");
    assertThat(lints[0]).isEqualTo(3);
  }
}
