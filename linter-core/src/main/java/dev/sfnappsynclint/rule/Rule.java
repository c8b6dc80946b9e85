package dev.sfnappsynclint.rule;

/**
 * A lint rule. Implementations are public classes with a public no-argument constructor,
 * annotated with {@link LintRule}; they read an immutable model and report findings, and never
 * parse, do I/O or format output.
 */
public interface Rule {}
