package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.report.ReportFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** One {@code --format} value: a format and, after {@code =}, the file it goes to. */
record FormatTarget(ReportFormat format, Path file) {

  static final class Converter implements CommandLine.ITypeConverter<FormatTarget> {
    @Override
    public FormatTarget convert(String value) {
      int equals = value.indexOf('=');
      String name = equals < 0 ? value : value.substring(0, equals);
      ReportFormat format = ReportFormat.parse(name).orElseThrow(() ->
          new CommandLine.TypeConversionException("unknown format '" + name + "'; expected one of "
              + Arrays.stream(ReportFormat.values()).map(ReportFormat::label)
                  .collect(Collectors.joining(", "))));
      if (equals >= 0 && value.substring(equals + 1).isBlank()) {
        throw new CommandLine.TypeConversionException("'" + value + "' names no file after '='");
      }
      return new FormatTarget(format, equals < 0 ? null : Path.of(value.substring(equals + 1)));
    }
  }
}
