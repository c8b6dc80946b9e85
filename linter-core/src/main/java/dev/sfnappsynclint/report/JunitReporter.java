package dev.sfnappsynclint.report;

import static dev.sfnappsynclint.report.XmlOutput.escape;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML as CI servers import it: one test case per linted file, one failure per finding,
 * so a clean file shows as a passing test.
 */
public final class JunitReporter implements Reporter {

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    Map<String, List<Finding>> byFile = new TreeMap<>();
    for (String path : result.lintedPaths()) {
      byFile.put(path, new java.util.ArrayList<>());
    }
    for (Finding finding : result.findings()) {
      byFile.computeIfAbsent(finding.path(), p -> new java.util.ArrayList<>()).add(finding);
    }
    long failures = byFile.values().stream().mapToLong(List::size).sum();
    Map<String, String> suite = new LinkedHashMap<>();
    suite.put("name", "sfn-appsync-lint");
    suite.put("tests", String.valueOf(byFile.size()));
    suite.put("failures", String.valueOf(failures));
    suite.put("errors", String.valueOf(result.notifications().stream()
        .filter(n -> n.level() == dev.sfnappsynclint.finding.ToolNotification.Level.ERROR).count()));
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"sfn-appsync-lint\" tests=\"" + byFile.size() + "\" failures=\""
        + failures + "\">\n");
    out.write("  <testsuite");
    for (Map.Entry<String, String> attribute : suite.entrySet()) {
      out.write(" " + attribute.getKey() + "=\"" + escape(attribute.getValue()) + "\"");
    }
    out.write(">\n");
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      String path = escape(file.getKey());
      out.write("    <testcase classname=\"" + path + "\" name=\"" + path + "\"");
      if (file.getValue().isEmpty()) {
        out.write("/>\n");
        continue;
      }
      out.write(">\n");
      for (Finding finding : file.getValue()) {
        String location = finding.path() + ":" + finding.range().start().line() + ":"
            + finding.range().start().column();
        out.write("      <failure type=\"" + escape(finding.ruleId() + " " + finding.ruleName())
            + "\" message=\"" + escape(finding.message()) + "\">"
            + escape(finding.severity().label() + " " + finding.ruleId() + " "
                + finding.ruleName() + " at " + location + ": " + finding.message())
            + "</failure>\n");
      }
      out.write("    </testcase>\n");
    }
    out.write("  </testsuite>\n</testsuites>\n");
  }
}
