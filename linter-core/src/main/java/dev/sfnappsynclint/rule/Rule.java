package dev.sfnappsynclint.rule;

/**
 * A lint rule: a public class with a public no-argument constructor, annotated with
 * {@link LintRule}. Most rules check documents ({@link DocumentRule}); a few only name what the
 * engine or an extractor reports itself (a file that does not parse).
 * They read an immutable model and report findings, and never parse, do I/O or format output.
 */
public interface Rule {}
