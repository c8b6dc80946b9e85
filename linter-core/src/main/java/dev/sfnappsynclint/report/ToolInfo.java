package dev.sfnappsynclint.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name, version and home page, as Maven wrote them into the jar. */
public record ToolInfo(String name, String version, String informationUri) {

  public static final ToolInfo CURRENT = load();

  /** Where a rule's documentation page lives, for SARIF {@code helpUri}. */
  public String ruleHelpUri(String ruleId) {
    return informationUri + "/blob/main/docs/rules/" + ruleId + ".md";
  }

  private static ToolInfo load() {
    Properties properties = new Properties();
    try (InputStream in = ToolInfo.class.getResourceAsStream("tool.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Fall back to the defaults below.
    }
    return new ToolInfo("sfn-appsync-lint", properties.getProperty("version", "0.0.0"),
        properties.getProperty("informationUri",
            "https://github.com/sfn-appsync-lint/sfn-appsync-lint"));
  }
}
