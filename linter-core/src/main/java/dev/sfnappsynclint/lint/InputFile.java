package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.SourceReader;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.SyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A file of the run, read at most once and parsed as JSON/YAML at most once, whichever extractor
 * asks first. Extractors that read other languages use {@link #source()}, parse it themselves
 * and keep what they parsed with the file ({@link #derived}). Thread-safe.
 */
public final class InputFile {

  private final Candidate candidate;
  private final SourceReader reader;
  private final TreeParser parser;
  private boolean read;
  private SourceFile source;
  private String unreadable;
  private boolean parsed;
  private Node tree;
  private SyntaxException syntaxError;
  private final Map<Class<?>, Object> derived = new HashMap<>();

  InputFile(Candidate candidate, SourceReader reader, TreeParser parser) {
    this.candidate = candidate;
    this.reader = reader;
    this.parser = parser;
  }

  public Path path() {
    return candidate.path();
  }

  /** Relative to the working directory, with forward slashes. */
  public String displayPath() {
    return candidate.displayPath();
  }

  /** The file name in lower case, for extension checks. */
  public String lowerCaseName() {
    Path name = candidate.path().getFileName();
    return (name == null ? candidate.displayPath() : name.toString()).toLowerCase(Locale.ROOT);
  }

  /** The user named this file itself rather than a folder holding it. */
  public boolean givenByUser() {
    return candidate.givenByUser();
  }

  /** The text, when the file can be read (size limit, strict UTF-8). */
  public synchronized Optional<SourceFile> source() {
    if (!read) {
      read = true;
      try {
        source = reader.read(candidate.path(), candidate.displayPath());
      } catch (SourceReader.UnreadableSourceException e) {
        unreadable = e.getMessage();
      }
    }
    return Optional.ofNullable(source);
  }

  /** Why the file cannot be read, when it cannot. */
  public synchronized Optional<String> unreadableReason() {
    source();
    return Optional.ofNullable(unreadable);
  }

  /** The JSON/YAML tree, when the file reads and parses. */
  public synchronized Optional<Node> tree() {
    if (!parsed) {
      parsed = true;
      Optional<SourceFile> text = source();
      if (text.isPresent()) {
        try {
          tree = parser.parse(text.get());
        } catch (SyntaxException e) {
          syntaxError = e;
        }
      }
    }
    return Optional.ofNullable(tree);
  }

  /**
   * Why the file is no JSON/YAML tree: it cannot be read, or it does not parse; with the
   * position of the problem.
   */
  public synchronized Optional<Problem> treeProblem() {
    tree();
    if (unreadable != null) {
      return Optional.of(new Problem(unreadable, new Position(1, 1)));
    }
    if (syntaxError != null) {
      return Optional.of(new Problem(syntaxError.getMessage(), syntaxError.position()));
    }
    return Optional.empty();
  }

  /**
   * What an extractor derives from the file in its own language (a parsed GraphQL document),
   * computed at most once per run, whichever extractor or file asks first.
   */
  public synchronized <T> T derived(Class<T> kind, Function<InputFile, T> compute) {
    Object value = derived.get(kind);
    if (value == null) {
      value = compute.apply(this);
      derived.put(kind, value);
    }
    return kind.cast(value);
  }

  /** A file that cannot be read or parsed, and where. */
  public record Problem(String message, Position position) {}

  @Override
  public String toString() {
    return candidate.displayPath();
  }
}
