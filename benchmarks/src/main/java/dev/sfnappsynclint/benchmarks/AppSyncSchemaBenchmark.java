package dev.sfnappsynclint.benchmarks;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AppSyncSchemaLoader;
import dev.sfnappsynclint.appsync.AuthAnalysis;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.appsync.AuthModeResolver;
import dev.sfnappsynclint.appsync.ParsedSchemaSource;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.appsync.SchemaSource;
import dev.sfnappsynclint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A generated AppSync schema of 200 and 2,000 object types with auth directives on types and
 * fields (API_KEY by default, Cognito user pools and IAM as additional modes), each type linked
 * to the next and to a parent, all reachable from {@code Query}. {@code parse} is the
 * graphql-java parse; {@code load} builds the schema from the parsed text (registry, type graph,
 * auth analysis); {@code authAnalysis} is the analysis alone, on the type graph built
 * beforehand: which auth modes reach which fields. The target: the 2,000-type analysis
 * in at most one second warm, and linear growth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AppSyncSchemaBenchmark {

  @Param({"200", "2000"})
  public int types;

  private static final Optional<AuthConfiguration> AUTH = Optional.of(new AuthConfiguration(
      AuthMode.API_KEY, List.of(AuthMode.AMAZON_COGNITO_USER_POOLS, AuthMode.AWS_IAM),
      "benchmark"));

  private SourceFile source;
  private ParsedSchemaSource parsed;
  private AppSyncSchema schema;

  @Setup(Level.Trial)
  public void generate() {
    source = new SourceFile(Path.of("schema.graphql"), "schema.graphql", schema(types));
    parsed = parse();
    schema = load();
    if (!schema.authAnalysis().fields().isEmpty() && schema.objectTypes().size() < types) {
      throw new IllegalStateException("the generated schema lost types");
    }
  }

  @Benchmark
  public ParsedSchemaSource parse() {
    return ParsedSchemaSource.parse(SchemaSource.of(source));
  }

  @Benchmark
  public AppSyncSchema load() {
    return AppSyncSchemaLoader.load("schema.graphql", source, List.of(parsed),
        SchemaProfile.APPSYNC, AUTH).schema();
  }

  @Benchmark
  public AuthAnalysis authAnalysis() {
    return AuthModeResolver.resolve(schema.graph(), AUTH);
  }

  static String schema(int count) {
    StringBuilder sdl = new StringBuilder(count * 400);
    sdl.append("schema { query: Query mutation: Mutation subscription: Subscription }\n\n");
    sdl.append("type Query @aws_api_key @aws_cognito_user_pools {\n");
    for (int i = 0; i < count; i += 10) {
      sdl.append("  getT").append(i).append("(id: ID!): T").append(i).append('\n');
      sdl.append("  listT").append(i).append("(limit: Int, nextToken: String): [T").append(i)
          .append("] @aws_cognito_user_pools\n");
    }
    sdl.append("}\n\ntype Mutation @aws_cognito_user_pools {\n");
    for (int i = 0; i < count; i += 10) {
      sdl.append("  updateT").append(i).append("(id: ID!, name: String): T").append(i)
          .append(i % 20 == 0 ? " @aws_iam\n" : "\n");
    }
    sdl.append("}\n\ntype Subscription {\n");
    for (int i = 0; i < count; i += 100) {
      sdl.append("  onUpdateT").append(i).append("(id: ID): T").append(i)
          .append(" @aws_subscribe(mutations: [\"updateT").append(i)
          .append("\"]) @aws_cognito_user_pools\n");
    }
    sdl.append("}\n");
    for (int i = 0; i < count; i++) {
      String modes = switch (i % 4) {
        case 0 -> " @aws_api_key @aws_cognito_user_pools";
        case 1 -> " @aws_cognito_user_pools";
        case 2 -> " @aws_iam @aws_cognito_user_pools";
        default -> "";
      };
      sdl.append("\n\"\"\"Type ").append(i).append(".\"\"\"\ntype T").append(i).append(modes)
          .append(" {\n  id: ID!\n  name: String\n  createdAt: AWSDateTime\n")
          .append("  owner: String @aws_cognito_user_pools\n")
          .append("  secret: String @aws_iam\n");
      if (i + 1 < count) {
        sdl.append("  next: T").append(i + 1).append('\n');
      }
      if (i > 0) {
        sdl.append("  parent: T").append(i / 2).append(" @aws_api_key @aws_cognito_user_pools\n");
      }
      sdl.append("  children(limit: Int): [T").append((i * 7 + 3) % count).append("]\n}\n");
    }
    return sdl.toString();
  }
}
