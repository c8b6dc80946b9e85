package dev.sfnappsynclint.edit;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.SuggestedFix;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.TextEdit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the suggested fixes of findings to the files they are in.
 *
 * <ul>
 *   <li>A fix is applied whole or not at all. One with an edit in another file than its
 *       finding's is never applied: nothing outside the files the findings are in is written.
 *   <li>Per file, fixes are taken in document order; one whose edits overlap an edit already
 *       taken (or insert at the same place) is skipped, and a later pass can apply it to the
 *       file as it is then. A fix whose range is not in the file as it is now (the file changed
 *       since it was linted) is skipped too.
 *   <li>The edits are applied from the last to the first, so that earlier offsets stay valid.
 *   <li>Each changed file is written whole: to a temporary file in the same folder, then moved
 *       over the original in one atomic step, so a reader never sees half a file. A byte order
 *       mark and the file's permissions are kept.
 * </ul>
 */
public final class FixApplier {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Path workingDirectory;

  /** @param workingDirectory what the findings' paths are relative to */
  public FixApplier(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /**
   * What a pass did.
   *
   * @param applied fixes applied
   * @param skipped fixes left out: overlapping another, out of date, or reaching another file
   * @param files the files written, as the findings name them, sorted
   * @param problems files that could not be read or written
   */
  public record Result(int applied, int skipped, Set<String> files,
      List<ToolNotification> problems) {

    public Result {
      files = Set.copyOf(new TreeSet<>(files));
      problems = List.copyOf(problems);
    }
  }

  /** One edit as character offsets into the file's text. */
  private record Replacement(int start, int end, String text) {}

  /** Applies the fixes of these findings (findings without one are ignored). */
  public Result apply(List<Finding> findings) {
    Map<String, List<SuggestedFix>> byFile = new LinkedHashMap<>();
    int skipped = 0;
    for (Finding finding : findings) {
      if (finding.fix().isEmpty()) {
        continue;
      }
      SuggestedFix fix = finding.fix().get();
      if (fix.edits().isEmpty()
          || fix.edits().stream().anyMatch(e -> !e.path().equals(finding.path()))) {
        skipped++;
        continue;
      }
      byFile.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(fix);
    }
    int applied = 0;
    Set<String> written = new TreeSet<>();
    List<ToolNotification> problems = new ArrayList<>();
    for (Map.Entry<String, List<SuggestedFix>> entry : byFile.entrySet()) {
      String path = entry.getKey();
      List<SuggestedFix> fixes = entry.getValue();
      try {
        FileResult result = applyToFile(path, fixes);
        applied += result.applied;
        skipped += fixes.size() - result.applied;
        if (result.applied > 0) {
          written.add(path);
        }
      } catch (IOException e) {
        skipped += fixes.size();
        problems.add(new ToolNotification(ToolNotification.Level.ERROR, path, null,
            "Cannot apply fixes: " + e.getMessage()));
      }
    }
    return new Result(applied, skipped, written, problems);
  }

  private record FileResult(int applied) {}

  private FileResult applyToFile(String displayPath, List<SuggestedFix> fixes) throws IOException {
    Path file = workingDirectory.resolve(displayPath).normalize();
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a regular file");
    }
    Path target = file.toRealPath();
    byte[] bytes = Files.readAllBytes(target);
    boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1]
        && bytes[2] == BOM[2];
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("the file is not valid UTF-8 text");
    }
    LineIndex lines = new LineIndex(text);

    List<List<Replacement>> candidates = new ArrayList<>();
    for (SuggestedFix fix : fixes) {
      List<Replacement> replacements = replacements(fix, text, lines);
      if (replacements != null && !overlapping(replacements)) {
        candidates.add(replacements);
      }
    }
    candidates.sort(Comparator.comparingInt((List<Replacement> r) -> r.get(0).start)
        .thenComparingInt(r -> r.get(r.size() - 1).end));
    List<Replacement> accepted = new ArrayList<>();
    int applied = 0;
    for (List<Replacement> candidate : candidates) {
      List<Replacement> merged = new ArrayList<>(accepted);
      merged.addAll(candidate);
      merged.sort(Comparator.comparingInt(Replacement::start)
          .thenComparingInt(Replacement::end));
      if (!overlapping(merged)) {
        accepted = merged;
        applied++;
      }
    }
    if (applied == 0) {
      return new FileResult(0);
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = accepted.size() - 1; i >= 0; i--) {
      Replacement replacement = accepted.get(i);
      out.replace(replacement.start, replacement.end, replacement.text);
    }
    write(target, out.toString(), bom);
    return new FileResult(applied);
  }

  /** The fix's edits as offsets, sorted; null if one is not inside the file as it is now. */
  private static List<Replacement> replacements(SuggestedFix fix, String text, LineIndex lines) {
    List<Replacement> replacements = new ArrayList<>();
    for (TextEdit edit : fix.edits()) {
      int start = offset(edit.range().start(), text, lines);
      int end = offset(edit.range().end(), text, lines);
      if (start < 0 || end < start) {
        return null;
      }
      replacements.add(new Replacement(start, end, edit.replacement()));
    }
    replacements.sort(Comparator.comparingInt(Replacement::start)
        .thenComparingInt(Replacement::end));
    return replacements;
  }

  /** The offset of a position, or -1 when the file has no such line or column. */
  private static int offset(Position position, String text, LineIndex lines) {
    if (position.line() > lines.lineCount()) {
      return -1;
    }
    int column = position.column() - 1;
    if (column > lines.lineText(position.line()).length()) {
      return -1;
    }
    int offset = lines.lineStart(position.line()) + column;
    return offset <= text.length() ? offset : -1;
  }

  /**
   * Sorted replacements overlap when one starts before the previous ends, or two start at the
   * same place (two insertions there would have no defined order).
   */
  private static boolean overlapping(List<Replacement> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      Replacement previous = sorted.get(i - 1);
      Replacement next = sorted.get(i);
      if (next.start < previous.end || next.start == previous.start) {
        return true;
      }
    }
    return false;
  }

  /** Writes the whole file through a temporary file beside it and an atomic move. */
  private static void write(Path target, String text, boolean bom) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".fix");
    try {
      byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
      if (bom) {
        byte[] withBom = new byte[encoded.length + BOM.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(encoded, 0, withBom, BOM.length, encoded.length);
        encoded = withBom;
      }
      Files.write(temporary, encoded);
      keepPermissions(target, temporary);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void keepPermissions(Path from, Path to) {
    PosixFileAttributeView source = Files.getFileAttributeView(from,
        PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributeView copy = Files.getFileAttributeView(to,
        PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (source == null || copy == null) {
      return;
    }
    try {
      Set<PosixFilePermission> permissions = source.readAttributes().permissions();
      copy.setPermissions(permissions);
    } catch (IOException | UnsupportedOperationException e) {
      // The temporary file keeps its own (owner-only) permissions; the content is what matters.
    }
  }
}
