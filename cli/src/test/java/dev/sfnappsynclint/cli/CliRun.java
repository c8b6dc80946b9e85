package dev.sfnappsynclint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process in a project folder, capturing both streams. */
final class CliRun {

  final Path work;
  String out;
  String err;

  CliRun(Path work) {
    this.work = work;
  }

  int run(String... args) {
    return run(Terminal.NONE, args);
  }

  int run(Terminal terminal, String... args) {
    StringWriter outBuffer = new StringWriter();
    StringWriter errBuffer = new StringWriter();
    int code = SfnAppsyncLint.run(work, terminal, new PrintWriter(outBuffer),
        new PrintWriter(errBuffer), args);
    out = outBuffer.toString();
    err = errBuffer.toString();
    return code;
  }

  void write(String relative, String text) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  String read(String relative) throws IOException {
    return Files.readString(work.resolve(relative), StandardCharsets.UTF_8);
  }
}
