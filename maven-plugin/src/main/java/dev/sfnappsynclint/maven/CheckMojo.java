package dev.sfnappsynclint.maven;

import dev.sfnappsynclint.lint.Linter;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lints the module's Step Functions state machines (standalone ASL files and those in
 * CloudFormation/SAM templates), writes a report (SARIF by default) and fails the build on
 * findings at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE)
public final class CheckMojo extends AbstractMojo {

  /** Skip the check. */
  @Parameter(property = "sfnAppsyncLint.skip", defaultValue = "false")
  private boolean skip;

  /** Fail the build when there are findings at or above {@code failOn}. */
  @Parameter(property = "sfnAppsyncLint.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /** The lowest severity that counts as a violation: error, warning, note, or none. */
  @Parameter(property = "sfnAppsyncLint.failOn", defaultValue = "error")
  private String failOn;

  /** How many violations are tolerated before the build fails. */
  @Parameter(property = "sfnAppsyncLint.maxAllowedViolations", defaultValue = "0")
  private int maxAllowedViolations;

  /** Folders to lint (default: the module's base directory). */
  @Parameter(property = "sfnAppsyncLint.sourceDirectories")
  private List<File> sourceDirectories;

  /**
   * Globs, relative to each source directory, of the files to lint (default: ASL files,
   * GraphQL schemas, and template.yaml/yml/json).
   */
  @Parameter(property = "sfnAppsyncLint.includes")
  private List<String> includes;

  /** Globs, relative to each source directory, of files and folders to skip. */
  @Parameter(property = "sfnAppsyncLint.excludes")
  private List<String> excludes;

  /** Configuration file (default: the nearest .sfn-appsync-lint.yml above the module). */
  @Parameter(property = "sfnAppsyncLint.configFile")
  private File configFile;

  /** Workflow type when neither the template nor the configuration says: standard or express. */
  @Parameter(property = "sfnAppsyncLint.workflowType")
  private String workflowType;

  /**
   * The default auth mode of the AppSync API of schemas that no template or serverless.yml in
   * the module deploys and the configuration does not cover: API_KEY, AWS_IAM,
   * AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT or AWS_LAMBDA (the CLI's --appsync-default-auth).
   */
  @Parameter(property = "sfnAppsyncLint.appsyncDefaultAuth")
  private String appsyncDefaultAuth;

  /** That API's additional auth modes (needs appsyncDefaultAuth). */
  @Parameter(property = "sfnAppsyncLint.appsyncAdditionalAuth")
  private List<String> appsyncAdditionalAuth;

  /**
   * Where the report is written (default: target/sfn-appsync-lint.FORMAT: .sarif, .json, .txt,
   * .checkstyle.xml, .junit.xml or .md).
   */
  @Parameter(property = "sfnAppsyncLint.outputFile")
  private File outputFile;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  /** Report format: sarif, json, text, checkstyle or junit. */
  @Parameter(property = "sfnAppsyncLint.outputFormat", defaultValue = "sarif")
  private String outputFormat;

  /** Print each finding to the build log as path:line:col. */
  @Parameter(property = "sfnAppsyncLint.consoleOutput", defaultValue = "true")
  private boolean consoleOutput;

  /** A baseline of known findings (written by the CLI's --write-baseline); only new ones count. */
  @Parameter(property = "sfnAppsyncLint.baselineFile")
  private File baselineFile;

  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
  private File executionRoot;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDirectory;

  @Parameter(defaultValue = "${project.modules}", readonly = true)
  private List<String> modules;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("sfn-appsync-lint: skipped.");
      return;
    }
    CheckSettings settings = new CheckSettings(
        executionRoot.toPath().toAbsolutePath().normalize(),
        baseDirectory.toPath().toAbsolutePath().normalize(),
        modules == null ? List.of() : List.copyOf(modules),
        sourceDirectories == null ? List.of()
            : sourceDirectories.stream().map(File::toPath).toList(),
        includes == null ? List.of() : List.copyOf(includes),
        excludes == null ? List.of() : List.copyOf(excludes),
        configFile == null ? null : configFile.toPath(),
        workflowType, appsyncDefaultAuth,
        appsyncAdditionalAuth == null ? List.of() : List.copyOf(appsyncAdditionalAuth),
        failOn, failOnViolation, maxAllowedViolations,
        outputFile != null ? outputFile.toPath()
            : CheckSettings.reportFile(buildDirectory.toPath(), outputFormat),
        outputFormat, consoleOutput,
        baselineFile == null ? null : baselineFile.toPath());
    MavenCheck.Outcome outcome = new MavenCheck(new Linter(Linter.defaultRegistry()))
        .run(settings, new BuildLog() {
          @Override
          public void info(String message) {
            getLog().info(message);
          }

          @Override
          public void warn(String message) {
            getLog().warn(message);
          }

          @Override
          public void error(String message) {
            getLog().error(message);
          }
        });
    if (outcome instanceof MavenCheck.Outcome.Failed failed) {
      throw new MojoFailureException(failed.message());
    }
    if (outcome instanceof MavenCheck.Outcome.Broken broken) {
      throw new MojoExecutionException(broken.message());
    }
  }

}
