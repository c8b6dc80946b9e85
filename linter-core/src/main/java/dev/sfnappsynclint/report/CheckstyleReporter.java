package dev.sfnappsynclint.report;

import static dev.sfnappsynclint.report.XmlOutput.escape;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Checkstyle XML, the format Jenkins (Warnings NG), GitLab and SonarQube import. */
public final class CheckstyleReporter implements Reporter {

  private final String toolVersion;

  CheckstyleReporter(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    Map<String, List<Finding>> byFile = new TreeMap<>();
    for (String path : result.lintedPaths()) {
      byFile.put(path, new ArrayList<>());
    }
    for (Finding finding : result.findings()) {
      byFile.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<checkstyle version=\"" + escape(toolVersion) + "\">\n");
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      out.write("  <file name=\"" + escape(file.getKey()) + "\"");
      if (file.getValue().isEmpty()) {
        out.write("/>\n");
        continue;
      }
      out.write(">\n");
      for (Finding finding : file.getValue()) {
        String severity = switch (finding.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case NOTE -> "info";
        };
        out.write("    <error line=\"" + finding.range().start().line() + "\" column=\""
            + finding.range().start().column() + "\" severity=\"" + severity + "\" message=\""
            + escape(finding.message()) + "\" source=\"sfn-appsync-lint." + finding.ruleId()
            + "." + finding.ruleName() + "\"/>\n");
      }
      out.write("  </file>\n");
    }
    out.write("</checkstyle>\n");
  }
}
