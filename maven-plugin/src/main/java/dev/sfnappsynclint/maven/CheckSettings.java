package dev.sfnappsynclint.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code check} goal's parameters, resolved.
 *
 * @param executionRoot the build's root folder: paths in reports and on the console are relative
 *     to it, so a multi-module build's SARIF uploads with repository-relative paths
 * @param baseDirectory the module's folder: the configuration file is looked for from here
 * @param childModules the folders of this module's own modules, relative to it: they lint
 *     themselves, so an aggregator does not report their findings a second time
 */
record CheckSettings(
    Path executionRoot,
    Path baseDirectory,
    List<String> childModules,
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
