package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportFormatsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SARIF_SCHEMA = sarifSchema();

  @TempDir
  Path work;

  private CliRun cli;

  @BeforeEach
  void project() throws IOException {
    cli = new CliRun(work);
    cli.write("flows/clean.asl.json", Fixtures.CLEAN);
    cli.write("flows/archive.asl.json", Fixtures.UNREACHABLE);
    cli.write("flows/dup.asl.yaml", Fixtures.DUPLICATE_KEY);
    cli.write("flows/broken.asl.json", "{\n  \"StartAt\": \"A\"\n  \"States\": {}\n}\n");
    cli.write("flows/sub dir/naïve.asl.json", Fixtures.UNREACHABLE);
  }

  private static Schema sarifSchema() {
    try (InputStream in = ReportFormatsTest.class.getResourceAsStream(
        "/schema/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void assertValidSarif(String sarif) {
    List<Error> errors = SARIF_SCHEMA.validate(sarif, InputFormat.JSON);
    assertThat(errors).as("SARIF schema errors").isEmpty();
  }

  @Test
  void theSchemaValidatorRejectsBrokenSarif() {
    assertThat(SARIF_SCHEMA.validate("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}",
        InputFormat.JSON)).as("a run without tool").isNotEmpty();
  }

  @Test
  void sarifIsValidAndHasWhatCodeScanningReads() throws IOException {
    assertThat(cli.run("-f", "sarif", ".")).isEqualTo(1);
    assertValidSarif(cli.out);
    JsonNode sarif = MAPPER.readTree(cli.out);
    assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
    assertThat(sarif.get("runs")).hasSize(1);
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("columnKind").asString()).isEqualTo("utf16CodeUnits");

    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asString()).isEqualTo("sfn-appsync-lint");
    assertThat(driver.get("semanticVersion").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(driver.get("informationUri").asString()).startsWith("https://");
    List<String> ruleIds = new ArrayList<>();
    driver.get("rules").forEach(rule -> ruleIds.add(rule.get("id").asString()));
    cli.run("rules", "--format", "json");
    List<String> allRules = new ArrayList<>();
    MAPPER.readTree(cli.out).get("rules").forEach(r -> allRules.add(r.get("id").asString()));
    assertThat(ruleIds).as("every rule's metadata").containsExactlyElementsOf(allRules);
    JsonNode unreachable = driver.get("rules").get(ruleIds.indexOf("ASL006"));
    assertThat(unreachable.get("name").asString()).isEqualTo("UnreachableState");
    assertThat(unreachable.get("shortDescription").get("text").asString()).isNotBlank();
    assertThat(unreachable.get("fullDescription").get("text").asString()).isNotBlank();
    assertThat(unreachable.get("help").get("text").asString()).isNotBlank();
    assertThat(unreachable.get("help").get("markdown").asString()).contains("## Example");
    assertThat(unreachable.get("helpUri").asString()).endsWith("/docs/rules/ASL006.md");
    assertThat(unreachable.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
    assertThat(unreachable.get("properties").get("tags").toString()).contains("reachability");
    assertThat(unreachable.get("properties").get("precision").asString()).isEqualTo("very-high");

    JsonNode results = run.get("results");
    JsonNode first = results.get(0);
    assertThat(first.get("ruleId").asString()).isEqualTo("ASL006");
    assertThat(first.get("ruleIndex").asInt()).isEqualTo(ruleIds.indexOf("ASL006"));
    assertThat(first.get("level").asString()).isEqualTo("error");
    assertThat(first.get("message").get("text").asString()).contains("never reached");
    JsonNode location = first.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asString())
        .isEqualTo("flows/archive.asl.json");
    assertThat(location.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
    JsonNode region = location.get("region");
    assertThat(List.of(region.get("startLine").asInt(), region.get("startColumn").asInt(),
        region.get("endLine").asInt(), region.get("endColumn").asInt()))
        .containsExactly(5, 5, 5, 14);
    assertThat(first.get("partialFingerprints").has("sfnAppsyncLint/v1")).isTrue();
    assertThat(first.get("partialFingerprints").has("primaryLocationLineHash")).isFalse();
    assertThat(first.has("suppressions")).isFalse();

    List<String> uris = new ArrayList<>();
    results.forEach(r -> uris.add(r.get("locations").get(0).get("physicalLocation")
        .get("artifactLocation").get("uri").asString()));
    assertThat(uris).contains("flows/sub%20dir/na%C3%AFve.asl.json");

    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    assertThat(invocation.get("toolExecutionNotifications").toString())
        .contains("Could not parse flows/broken.asl.json");
  }

  @Test
  void sarifFingerprintsSurviveEditsAboveTheFinding() throws IOException {
    cli.run("-f", "sarif", "flows/archive.asl.json");
    String before = MAPPER.readTree(cli.out).get("runs").get(0).get("results").get(0)
        .get("partialFingerprints").toString();
    cli.write("flows/archive.asl.json", "\n\n" + Fixtures.UNREACHABLE);
    cli.run("-f", "sarif", "flows/archive.asl.json");
    JsonNode result = MAPPER.readTree(cli.out).get("runs").get(0).get("results").get(0);
    assertThat(result.get("partialFingerprints").toString()).isEqualTo(before);
    assertThat(result.get("locations").get(0).get("physicalLocation").get("region")
        .get("startLine").asInt()).isEqualTo(7);
  }

  private static final String TWO_PLACEHOLDERS_IN_ONE_STRING = """
      AWSTemplateFormatVersion: "2010-09-09"
      Transform: AWS::Serverless-2016-10-31
      Resources:
        M:
          Type: AWS::Serverless::StateMachine
          Properties:
            Definition:
              StartAt: A
              States:
                A:
                  Type: Pass
                  Result: "${One} and ${Two}"
                  End: true
      """;

  private List<String> fingerprints(String sarif) throws IOException {
    List<String> fingerprints = new ArrayList<>();
    for (JsonNode result : MAPPER.readTree(sarif).get("runs").get(0).get("results")) {
      fingerprints.add(result.get("partialFingerprints").toString());
    }
    return fingerprints;
  }

  @Test
  void sarifFindingsAtOneAnchorHaveTheirOwnFingerprints() throws IOException {
    cli.write("sam/template.yaml", TWO_PLACEHOLDERS_IN_ONE_STRING);
    assertThat(cli.run("-f", "sarif", "sam/template.yaml")).isEqualTo(1);
    assertValidSarif(cli.out);
    List<String> before = fingerprints(cli.out);
    assertThat(before).hasSize(2).doesNotHaveDuplicates();

    // Stable: the same input gives the same keys, and so does the file with lines added above.
    cli.write("sam/template.yaml", "# moved\n\n" + TWO_PLACEHOLDERS_IN_ONE_STRING);
    cli.run("-f", "sarif", "sam/template.yaml");
    assertThat(fingerprints(cli.out)).isEqualTo(before);

    // The first finding at an anchor keeps the key it had before ordinals were added, so alerts
    // already in code scanning keep their identity; and an unrelated single finding is unchanged.
    assertThat(before.get(0)).contains("ee94123a7becf923235a1e70efd9c664");
    cli.run("-f", "sarif", "flows/archive.asl.json");
    assertThat(fingerprints(cli.out).get(0)).contains("471fdefa01e69a59447e385fe169b672");
  }

  @Test
  void sarifUrisWithAColonInTheFirstSegmentStayRelative() throws IOException {
    cli.write("dir, with:colon/x.asl.json", Fixtures.UNREACHABLE);
    cli.write("https:x.asl.json", Fixtures.UNREACHABLE);
    assertThat(cli.run("-f", "sarif", "dir, with:colon", "https:x.asl.json")).isEqualTo(1);
    assertValidSarif(cli.out);
    List<String> uris = new ArrayList<>();
    for (JsonNode result : MAPPER.readTree(cli.out).get("runs").get(0).get("results")) {
      uris.add(result.get("locations").get(0).get("physicalLocation").get("artifactLocation")
          .get("uri").asString());
    }
    assertThat(uris).containsExactlyInAnyOrder("dir,%20with%3Acolon/x.asl.json",
        "https%3Ax.asl.json");
    for (String uri : uris) {
      assertThat(java.net.URI.create(uri).isAbsolute()).as(uri).isFalse();
      assertThat(java.net.URI.create(uri).getPath()).as(uri).doesNotStartWith("/");
    }
  }

  @Test
  void sarifRecordsToolFailures() throws IOException {
    assertThat(cli.run("-f", "sarif", "flows", "missing")).isEqualTo(2);
    assertValidSarif(cli.out);
    JsonNode invocation = MAPPER.readTree(cli.out).get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.get("toolExecutionNotifications").toString())
        .contains("Path does not exist: missing");
  }

  @Test
  void sarifLeavesSuppressedResultsOutUnlessAsked() throws IOException {
    cli.write("flows/archive.asl.json", Fixtures.UNREACHABLE.replace(
        "\"Archive\": { \"Type\": \"Pass\",",
        "\"Archive\": { \"Type\": \"Pass\", \"Comment\": \"sfn-appsync-lint-disable ASL006 -- v2\","));
    cli.run("-f", "sarif", "flows/archive.asl.json");
    assertThat(MAPPER.readTree(cli.out).get("runs").get(0).get("results")).isEmpty();
    cli.run("-f", "sarif", "--sarif-include-suppressed", "flows/archive.asl.json");
    assertValidSarif(cli.out);
    JsonNode result = MAPPER.readTree(cli.out).get("runs").get(0).get("results").get(0);
    assertThat(result.get("suppressions").get(0).get("kind").asString()).isEqualTo("inSource");
    assertThat(result.get("suppressions").get(0).get("justification").asString()).isEqualTo("v2");
  }

  @Test
  void sarifUrisAreRelativeToTheSourceRoot() throws IOException {
    CliRun inFlows = new CliRun(work.resolve("flows"));
    inFlows.run("-f", "sarif", "--source-root", "..", "archive.asl.json");
    JsonNode uri = MAPPER.readTree(inFlows.out).get("runs").get(0).get("results").get(0)
        .get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri");
    assertThat(uri.asString()).isEqualTo("flows/archive.asl.json");
  }

  @Test
  void aSourceRootThatIsNoFolderIsAUsageError() {
    assertThat(cli.run("-f", "sarif", "--source-root", "nowhere", "flows")).isEqualTo(2);
    assertThat(cli.err).contains("--source-root", "nowhere", "not a folder");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void aSourceRootThatIsNotAnAncestorOfTheFilesIsAWarning() throws IOException {
    cli.write("elsewhere/readme.txt", "x");
    assertThat(cli.run("-f", "sarif", "--source-root", "elsewhere", "flows/archive.asl.json"))
        .isEqualTo(1);
    assertThat(cli.out).contains("../flows/archive.asl.json");
    assertThat(cli.err).contains("warning", "outside --source-root elsewhere",
        "flows/archive.asl.json");
    // Text output has no URIs: no warning.
    assertThat(cli.run("--source-root", "elsewhere", "flows/archive.asl.json")).isEqualTo(1);
    assertThat(cli.err).isEmpty();
  }

  @Test
  void githubAnnotationsAreWorkflowCommands() throws IOException {
    cli.write("flows/comma, colon: file.asl.json", Fixtures.UNREACHABLE);
    assertThat(cli.run("-f", "github", ".")).isEqualTo(1);
    assertThat(cli.out.lines()).contains(
        "::error file=flows/archive.asl.json,line=5,col=5,endLine=5,endColumn=14,"
            + "title=ASL006 UnreachableState::State \"Archive\" is never reached from \"Load\": "
            + "no path of Next, Default, Choice or Catch transitions in the state machine leads "
            + "to it.",
        "::warning file=flows/dup.asl.yaml,line=6,col=5,endLine=6,endColumn=8,"
            + "title=ASL002 DuplicateKey::Key \"End\" is written twice in this object (first at "
            + "line 5); only this last value is used.");
    assertThat(cli.out).contains("::error file=flows/comma%2C colon%3A file.asl.json,line=5");
  }

  private static Document xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void junitHasOneTestCasePerFileAndAFailurePerFinding() throws Exception {
    cli.run("-f", "junit=reports/lint.xml", ".");
    Document document = xml(cli.read("reports/lint.xml"));
    NodeList cases = document.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    Element clean = (Element) cases.item(2);
    assertThat(clean.getAttribute("name")).isEqualTo("flows/clean.asl.json");
    assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
    Element archive = (Element) cases.item(0);
    assertThat(archive.getAttribute("name")).isEqualTo("flows/archive.asl.json");
    Element failure = (Element) archive.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("ASL006 UnreachableState");
    assertThat(failure.getTextContent()).contains("flows/archive.asl.json:5:5");
    Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("5");
    assertThat(suite.getAttribute("failures")).isEqualTo("4");
  }

  @Test
  void checkstyleListsFilesAndErrors() throws Exception {
    cli.run("-f", "checkstyle", ".");
    Document document = xml(cli.out);
    NodeList files = document.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(5);
    NodeList errors = document.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(4);
    Element warning = null;
    for (int i = 0; i < errors.getLength(); i++) {
      Element error = (Element) errors.item(i);
      if (error.getAttribute("source").contains("ASL002")) {
        warning = error;
      }
    }
    assertThat(warning).isNotNull();
    assertThat(warning.getAttribute("severity")).isEqualTo("warning");
    assertThat(warning.getAttribute("line")).isEqualTo("6");
    assertThat(warning.getAttribute("column")).isEqualTo("5");
    assertThat(warning.getAttribute("source")).isEqualTo("sfn-appsync-lint.ASL002.DuplicateKey");
  }

  @Test
  void severalFormatsInOneRun() throws IOException {
    assertThat(cli.run("-f", "sarif=out/lint.sarif", "-f", "json", "--output", "out/lint.json",
        "-f", "text", ".")).isEqualTo(1);
    assertValidSarif(cli.read("out/lint.sarif"));
    assertThat(MAPPER.readTree(cli.read("out/lint.json")).get("findings")).hasSize(4);
    assertThat(cli.out).contains("Found 4 problems");
  }

  @Test
  void twoFormatsCannotShareStandardOutput() {
    assertThat(cli.run("-f", "json", "-f", "text", ".")).isEqualTo(2);
    assertThat(cli.err).contains("only one format can write to standard output");
    assertThat(cli.run("-f", "yaml", ".")).isEqualTo(2);
    assertThat(cli.err).contains("unknown format 'yaml'");
  }

  @Test
  void textGetsCodeFramesAndColourOnATerminalOnly() {
    cli.run(new Terminal(true, false), "flows/archive.asl.json");
    assertThat(cli.out).contains("\u001B[31merror\u001B[0m")
        .contains("\u001B[31m^^^^^^^^^\u001B[0m");
    assertThat(cli.out.replaceAll("\u001B\\[[0-9;]*m", ""))
        .contains("  5 |     \"Archive\": { \"Type\": \"Pass\", \"End\": true },\n"
            + "    |     ^^^^^^^^^\n");

    cli.run(new Terminal(true, true), "flows/archive.asl.json");
    assertThat(cli.out).as("NO_COLOR").doesNotContain("\u001B[").contains("^^^^^^^^^");

    cli.run(new Terminal(false, false), "flows/archive.asl.json");
    assertThat(cli.out).doesNotContain("\u001B[").doesNotContain("^^^");

    cli.run(new Terminal(false, false), "--color", "always", "flows/archive.asl.json");
    assertThat(cli.out).contains("\u001B[31m");
  }
}
