package dev.sfnappsynclint.suppression;

import dev.sfnappsynclint.source.Location;

/**
 * Text in a document that may hold a suppression marker ({@code sfn-appsync-lint-disable ID --
 * reason}), for languages without comments: an ASL state's {@code Comment} field. The document's
 * extractor lists them; this package reads them.
 *
 * @param at where the text is written (the marker is reported there when unused)
 * @param covers the anchor of the object whose findings, and those of everything inside it,
 *     the marker hides; empty for the whole document
 * @param scopeName how a message names that object: "this state machine", "this object"
 */
public record SuppressionMarker(String text, Location at, String covers, String scopeName) {}
