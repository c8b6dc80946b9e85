package dev.sfnappsynclint.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code check} goal's parameters, resolved.
 *
 * @param executionRoot the build's root folder: paths in reports and on the console are relative
 *     to it, so a multi-module build's SARIF uploads with repository-relative paths
 * @param baseDirectory the module's folder: the configuration file is looked for from here
 */
record CheckSettings(
    Path executionRoot,
    Path baseDirectory,
    List<Path> sourceDirectories,
    List<String> includes,
    List<String> excludes,
    Path configFile,
    String workflowType,
    String failOn,
    boolean failOnViolation,
    int maxAllowedViolations,
    Path outputFile,
    String outputFormat,
    boolean consoleOutput,
    Path baselineFile) {

  /** What the plugin lints when the POM names nothing. */
  static final List<String> DEFAULT_INCLUDES = List.of("**/*.asl.json", "**/*.asl.yaml",
      "**/*.asl.yml", "**/*.graphql", "**/template.yaml", "**/template.yml", "**/template.json");
}
