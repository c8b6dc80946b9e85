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
    String appsyncDefaultAuth,
    List<String> appsyncAdditionalAuth,
    String failOn,
    boolean failOnViolation,
    int maxAllowedViolations,
    Path outputFile,
    String outputFormat,
    boolean consoleOutput,
    Path baselineFile) {

  CheckSettings {
    appsyncAdditionalAuth = appsyncAdditionalAuth == null ? List.of()
        : List.copyOf(appsyncAdditionalAuth);
  }

  /** Settings without AppSync auth modes (the schemas' own sources give them, if any). */
  CheckSettings(Path executionRoot, Path baseDirectory, List<String> childModules,
      List<Path> sourceDirectories, List<String> includes, List<String> excludes,
      Path configFile, String workflowType, String failOn, boolean failOnViolation,
      int maxAllowedViolations, Path outputFile, String outputFormat, boolean consoleOutput,
      Path baselineFile) {
    this(executionRoot, baseDirectory, childModules, sourceDirectories, includes, excludes,
        configFile, workflowType, null, List.of(), failOn, failOnViolation,
        maxAllowedViolations, outputFile, outputFormat, consoleOutput, baselineFile);
  }

  /**
   * The report's file when the POM names none: named after its format, so that
   * {@code -DsfnAppsyncLint.outputFormat=json} does not write JSON into a {@code .sarif} file.
   */
  static Path reportFile(Path buildDirectory, String format) {
    String extension = switch (format == null ? "" : format.strip().toLowerCase(
        java.util.Locale.ROOT)) {
      case "json" -> "json";
      case "text", "github" -> "txt";
      case "checkstyle" -> "checkstyle.xml";
      case "junit" -> "junit.xml";
      case "markdown" -> "md";
      default -> "sarif";
    };
    return buildDirectory.resolve("sfn-appsync-lint." + extension);
  }
}
