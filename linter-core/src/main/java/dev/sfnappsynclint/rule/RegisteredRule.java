package dev.sfnappsynclint.rule;

/** A rule instance with its metadata. */
public record RegisteredRule(RuleMetadata metadata, Rule rule) {}
