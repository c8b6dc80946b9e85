package dev.sfnappsynclint.benchmarks;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.JsonTreeReader;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.TreeLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor under {@link RuleFamilyBenchmark}: the same bytes ({@code typical.asl.json}) read
 * from the same kind of file and parsed by Jackson into its tree, and nothing else
 * ({@code jacksonReadTree}); and by the linter's own located-tree reader
 * ({@code locatedTree}: positions and pointers for every node). The target: linting
 * with all rules at most 5x {@code jacksonReadTree}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBaselineBenchmark {

  private Path file;
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final JsonTreeReader reader = new JsonTreeReader(TreeLimits.DEFAULT, false);

  @Setup(Level.Trial)
  public void write() throws IOException {
    file = Files.createTempFile("sfn-appsync-lint-parse", ".asl.json");
    Files.writeString(file, RuleFamilyBenchmark.typical());
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return mapper.readTree(Files.readAllBytes(file));
  }

  @Benchmark
  public Node locatedTree() throws Exception {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    return reader.read(new SourceFile(file, "typical.asl.json", text));
  }
}
