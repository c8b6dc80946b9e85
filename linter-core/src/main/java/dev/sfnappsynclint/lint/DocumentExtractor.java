package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Finds the documents of one source kind in a file: standalone state machine files, state
 * machines inside CloudFormation/SAM templates, GraphQL schemas, ... Extractors are found with
 * {@link java.util.ServiceLoader}; the engine offers each file to every extractor whose
 * extensions it has (a file the user names with another extension to all of them), and lints
 * what the extractors that accept it find. Implementations are stateless and thread-safe.
 */
public interface DocumentExtractor {

  /** File name endings it reads, lower case ({@code .json}); discovery walks only these. */
  Set<String> fileExtensions();

  /**
   * How a message names the files it reads, after "Neither": "a state machine (no StartAt and
   * States at the top level)".
   */
  String describeFiles();

  /**
   * The rules whose findings the extractor reports itself (a file that does not parse), so that
   * they are listed, documented and configurable like every other rule.
   */
  default List<Rule> rules() {
    return List.of();
  }

  /**
   * Whether the file's language has {@code #} line comments, where suppression comments
   * ({@code # sfn-appsync-lint-disable-next-line ID}) can be written: YAML, GraphQL.
   */
  default boolean hasHashComments(SourceFile file) {
    return false;
  }

  /** Whether the file is of this kind. May read and parse it: the file keeps what it read. */
  boolean accepts(InputFile file);

  /**
   * Other files this file's documents are read from (a template's {@code DefinitionUri}): they
   * are linted with this file, not on their own.
   */
  default Set<Path> referencedFiles(InputFile file, ExtractionContext context) {
    return Set.of();
  }

  /** The documents of an accepted file, and what the extractor itself found. Never throws for bad input. */
  Extraction extract(InputFile file, ExtractionContext context);
}
