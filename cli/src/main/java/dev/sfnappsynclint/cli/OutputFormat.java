package dev.sfnappsynclint.cli;

/** The report formats of {@code --format}. */
enum OutputFormat { TEXT, JSON }
