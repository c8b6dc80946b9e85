package dev.sfnappsynclint.document;

import dev.sfnappsynclint.source.SourceFile;

/**
 * What rules look at: one unit of one language, built by a
 * {@link dev.sfnappsynclint.lint.DocumentExtractor} from the files it is written in. An ASL
 * state machine (standalone, or a resource of a template) is one; an AppSync schema with its
 * API's auth configuration is another. Documents are immutable.
 *
 * <p>The engine never asks which kind a document is: it runs the rules registered for the
 * document's class, so a language is added with a document type, an extractor and rules.
 */
public interface Document {

  /** The file the document is read from; most findings point into it. */
  SourceFile source();

  /** How messages name the document: a file name, or a template's logical id. */
  String name();
}
