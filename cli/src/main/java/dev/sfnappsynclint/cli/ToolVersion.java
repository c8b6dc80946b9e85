package dev.sfnappsynclint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the jar. */
final class ToolVersion implements CommandLine.IVersionProvider {

  static final String VALUE = load();

  @Override
  public String[] getVersion() {
    return new String[] {"sfn-appsync-lint " + VALUE};
  }

  private static String load() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
