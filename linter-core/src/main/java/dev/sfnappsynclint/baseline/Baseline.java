package dev.sfnappsynclint.baseline;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.report.JsonOutput;
import dev.sfnappsynclint.report.OutputFile;
import dev.sfnappsynclint.source.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known findings, so that only new ones fail a build. Keyed by file, rule and anchor (a JSON
 * Pointer, or a schema coordinate), not by line, so editing lines above a known finding does not make it new; each key keeps a count,
 * so a second finding of the same kind at the same node is new.
 */
public final class Baseline {

  /** What identifies a finding across edits. */
  public record Key(String path, String ruleId, String anchor) {
    static Key of(Finding finding) {
      return new Key(finding.path(), finding.ruleId(), finding.anchor());
    }
  }

  /** The baseline file cannot be read or is not one of ours. */
  public static final class BaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
      super(message);
    }
  }

  private static final JsonMapper MAPPER = JsonOutput.MAPPER;
  private static final Comparator<Key> ORDER = Comparator.comparing(Key::path)
      .thenComparing(Key::ruleId).thenComparing(Key::anchor);

  /** Far above any real baseline. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private final Map<Key, Integer> counts;
  private final boolean relativeToItsFolder;

  private Baseline(Map<Key, Integer> counts) {
    this(counts, false);
  }

  private Baseline(Map<Key, Integer> counts, boolean relativeToItsFolder) {
    this.counts = Map.copyOf(counts);
    this.relativeToItsFolder = relativeToItsFolder;
  }

  public static Baseline of(Collection<Finding> findings) {
    Map<Key, Integer> counts = new HashMap<>();
    for (Finding finding : findings) {
      counts.merge(Key.of(finding), 1, Integer::sum);
    }
    return new Baseline(counts);
  }

  /**
   * Marks a baseline whose paths are relative to its own folder, so that it means the same files
   * whichever folder the linter runs from. Baselines without it have paths relative to the folder
   * they were written from, and are read that way.
   */
  static final String PATH_BASE = "pathsRelativeTo";
  static final String BASELINE_FOLDER = "baselineFolder";

  /**
   * Reads a baseline, its paths turned into finding paths (relative to {@code workingDirectory}).
   */
  public static Baseline read(Path file, Path workingDirectory) throws BaselineException {
    Baseline stored = read(file);
    if (!stored.relativeToItsFolder) {
      return stored;
    }
    Path folder = folder(file);
    Path base = workingDirectory.toAbsolutePath().normalize();
    Map<Key, Integer> counts = new HashMap<>();
    stored.counts.forEach((key, count) -> counts.merge(new Key(
        relative(base, folder.resolve(key.path()).normalize()), key.ruleId(), key.anchor()),
        count, Integer::sum));
    return new Baseline(counts);
  }

  /** Writes the baseline with its paths relative to its own folder. */
  public void write(Path file, Path workingDirectory) throws IOException {
    Path folder = folder(file);
    Path base = workingDirectory.toAbsolutePath().normalize();
    Map<Key, Integer> relocated = new HashMap<>();
    counts.forEach((key, count) -> relocated.merge(new Key(
        relative(folder, base.resolve(key.path()).normalize()), key.ruleId(), key.anchor()),
        count, Integer::sum));
    new Baseline(relocated, true).write(file);
  }

  private static Path folder(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? file.toAbsolutePath().getRoot() : parent;
  }

  private static String relative(Path from, Path to) {
    try {
      return from.relativize(to).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return to.toString().replace('\\', '/');
    }
  }

  public static Baseline read(Path file) throws BaselineException {
    JsonNode root;
    try {
      // Never read a device or a FIFO (/dev/zero has no end), nor a file past the limit.
      if (!Files.isRegularFile(file)) {
        throw new BaselineException("Baseline " + file + " is not a regular file.");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new BaselineException("Baseline " + file + " is larger than "
            + MAX_BYTES / (1024 * 1024) + " MiB.");
      }
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | JacksonException e) {
      throw new BaselineException("Cannot read baseline " + file + ": " + e.getMessage());
    }
    JsonNode findings = root.get("findings");
    if (root.path("version").asInt(0) != 1 || findings == null || !findings.isArray()) {
      throw new BaselineException("Baseline " + file + " is not a sfn-appsync-lint baseline "
          + "(expected \"version\": 1 and a \"findings\" array).");
    }
    Map<Key, Integer> counts = new HashMap<>();
    for (JsonNode entry : findings) {
      String path = entry.path("path").asString("");
      String rule = entry.path("ruleId").asString("");
      if (path.isEmpty() || rule.isEmpty()) {
        throw new BaselineException("Baseline " + file + " has an entry without path or ruleId.");
      }
      String anchor = entry.path("pointer").asString(entry.path("coordinate").asString(""));
      int count = entry.path("count").asInt(1);
      if (count < 1) {
        // A zero or negative count would silently hide (or un-hide) other findings.
        throw new BaselineException("Baseline " + file + " has an entry with count " + count
            + " (" + path + ", " + rule + "); counts are 1 or more.");
      }
      counts.merge(new Key(path, rule, anchor), count, Integer::sum);
    }
    return new Baseline(counts, BASELINE_FOLDER.equals(root.path(PATH_BASE).asString("")));
  }

  /** Writes the baseline: sorted, one entry per key, so that it diffs well in review. */
  public void write(Path file) throws IOException {
    Map<Key, Integer> sorted = new TreeMap<>(ORDER);
    sorted.putAll(counts);
    OutputFile.write(file, writer -> JsonOutput.stream(writer, json -> {
      json.writeStartObject();
      json.writeNumberProperty("version", 1);
      json.writeStringProperty("tool", "sfn-appsync-lint");
      if (relativeToItsFolder) {
        json.writeStringProperty(PATH_BASE, BASELINE_FOLDER);
      }
      json.writeArrayPropertyStart("findings");
      sorted.forEach((key, count) -> {
        json.writeStartObject();
        json.writeStringProperty("path", key.path());
        json.writeStringProperty("ruleId", key.ruleId());
        json.writeStringProperty(Location.isJsonPointer(key.anchor()) ? "pointer" : "coordinate",
            key.anchor());
        json.writeNumberProperty("count", count);
        json.writeEndObject();
      });
      json.writeEndArray();
      json.writeEndObject();
    }));
  }

  public int size() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Matches findings against the baseline, each known finding at most as often as recorded. */
  public Matcher matcher() {
    return new Matcher(new HashMap<>(counts));
  }

  /** One run's use of a baseline. Not thread-safe. */
  public static final class Matcher {
    private final Map<Key, Integer> remaining;

    private int matched;

    private Matcher(Map<Key, Integer> remaining) {
      this.remaining = remaining;
    }

    /** How many findings this matcher has recognised so far. */
    public int matched() {
      return matched;
    }

    /** True, and counted, when the finding is a known one. */
    public boolean isKnown(Finding finding) {
      Key key = Key.of(finding);
      Integer left = remaining.get(key);
      if (left == null || left == 0) {
        return false;
      }
      remaining.put(key, left - 1);
      matched++;
      return true;
    }
  }
}
