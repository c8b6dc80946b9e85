package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.source.Location;
import java.nio.file.Path;

/** What an extractor may ask of the run it works for. */
public interface ExtractionContext {

  LintRequest request();

  /** The file at a path, shared with the rest of the run: read and parsed at most once. */
  InputFile file(Path path);

  /** Reads JSON/YAML text embedded in a file (a template's {@code DefinitionString}). */
  TreeParser parser();

  /** A path as findings show it: relative to the working directory, forward slashes. */
  String displayPath(Path path);

  /** The rule runs in this request (its findings are wanted). */
  boolean runs(RuleMetadata rule);

  /** A finding of a rule the extractor reports itself, at the severity the request sets. */
  Finding finding(RuleMetadata rule, String message, Location location);
}
