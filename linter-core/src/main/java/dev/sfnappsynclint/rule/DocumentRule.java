package dev.sfnappsynclint.rule;

import dev.sfnappsynclint.document.Document;

/**
 * A rule that checks one kind of document. The registry groups rules by
 * {@link #documentType()}, and the engine runs each on every document of that type.
 */
public interface DocumentRule<D extends Document> extends Rule {

  Class<D> documentType();

  void check(D document, Findings findings);
}
