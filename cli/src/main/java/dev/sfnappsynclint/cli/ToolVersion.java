package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.report.ToolInfo;
import picocli.CommandLine;

/** The version for {@code --version}. */
final class ToolVersion implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {ToolInfo.CURRENT.name() + " " + ToolInfo.CURRENT.version()};
  }
}
