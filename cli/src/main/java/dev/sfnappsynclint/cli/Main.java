package dev.sfnappsynclint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point of the executable jar. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int exitCode;
    try {
      exitCode = SfnAppsyncLint.run(Path.of("").toAbsolutePath(), Terminal.detect(), out, err,
          args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Limits should make this impossible; if an input still gets here, say so and exit 2.
      err.println("sfn-appsync-lint: error: the linter ran out of "
          + (e instanceof OutOfMemoryError ? "memory" : "stack") + " and stopped; no report "
          + "was written. Please report the input that caused it.");
      exitCode = 2;
    }
    out.flush();
    err.flush();
    System.exit(exitCode);
  }
}
