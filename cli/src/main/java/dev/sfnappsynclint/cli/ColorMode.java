package dev.sfnappsynclint.cli;

/** {@code --color}: colour text output on a terminal only, always, or never. */
enum ColorMode { AUTO, ALWAYS, NEVER }
