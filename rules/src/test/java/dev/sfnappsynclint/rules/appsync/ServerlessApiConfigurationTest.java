package dev.sfnappsynclint.rules.appsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API configuration rules (GQL030-GQL039) on a serverless.yml, which fixtures cannot be
 * named: findings land on the serverless.yml's lines and use the plugin's setting names.
 */
class ServerlessApiConfigurationTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());

  @TempDir
  Path work;

  private List<String> lint(String serverless) throws IOException {
    Files.writeString(work.resolve("serverless.yml"), serverless);
    Files.writeString(work.resolve("schema.graphql"), "type Query { a: String }\n");
    LintRequest.Builder request = LintRequest.builder(work);
    request.ruleSettings(request.ruleSettings().toBuilder().enable("GQL034").enable("GQL035")
        .enable("GQL036").enable("GQL037").enable("GQL038").enable("GQL039").build());
    return LINTER.lint(request.path(Path.of(".")).build()).findings().stream()
        .filter(f -> f.ruleId().startsWith("GQL03"))
        .map(f -> f.range().start().line() + " " + f.ruleId() + " " + f.message()).sorted()
        .toList();
  }

  @Test
  void reportsTheV2SettingsOnTheirLines() throws IOException {
    List<String> findings = lint("""
        service: orders
        plugins:
          - serverless-appsync-plugin
        appSync:
          name: orders
          authentication:
            type: API_KEY
          additionalAuthentications:
            - type: API_KEY
          logging:
            level: NONE
          introspection: true
          visibility: GLOBAL
          caching:
            behavior: FULL_REQUEST_CACHING
            transitEncryption: false
        """);
    assertThat(findings).anyMatch(f -> f.startsWith("9 GQL030 The default authentication "
        + "type of serverless.yml AppSync API orders is already API_KEY"));
    assertThat(findings).anyMatch(f -> f.startsWith("11 GQL032 serverless.yml AppSync API "
        + "orders writes no field-level logs (level NONE)"));
    assertThat(findings).anyMatch(f -> f.startsWith("12 GQL034 serverless.yml AppSync API "
        + "orders enables introspection"));
    assertThat(findings).anyMatch(f -> f.startsWith("13 GQL036 serverless.yml AppSync API "
        + "orders has visibility GLOBAL"));
    assertThat(findings).anyMatch(f -> f.startsWith("7 GQL037"));
    assertThat(findings).anyMatch(f -> f.startsWith("16 GQL033 Cache orders.caching of "
        + "serverless.yml AppSync API orders turns off encryption in transit"));
    assertThat(findings).anyMatch(f -> f.startsWith("16 GQL038"));
    assertThat(findings).anyMatch(f -> f.startsWith("14 GQL039 Cache orders.caching of "
        + "serverless.yml AppSync API orders does not set atRestEncryption"));
  }

  @Test
  void aCompliantApiIsClean() throws IOException {
    assertThat(lint("""
        service: orders
        appSync:
          name: orders
          authentication:
            type: AWS_IAM
          additionalAuthentications:
            - type: AMAZON_COGNITO_USER_POOLS
              config:
                userPoolId: eu-west-1_example
          logging:
            level: ERROR
          introspection: false
          visibility: PRIVATE
          caching:
            behavior: PER_RESOLVER_CACHING
            transitEncryption: true
            atRestEncryption: true
        """)).isEmpty();
  }

  @Test
  void withoutLoggingItIsANote() throws IOException {
    assertThat(lint("""
        service: orders
        appSync:
          name: orders
          authentication:
            type: AWS_IAM
          introspection: false
          visibility: PRIVATE
        """)).containsExactly(
        "2 GQL032 serverless.yml AppSync API orders does not log to CloudWatch Logs (no "
            + "logging): resolver errors leave no trace. Log with level ERROR or ALL.",
        "2 GQL035 serverless.yml AppSync API orders does not log (no logging): "
            + "CT.APPSYNC.PR.1 requires logging with level ERROR, INFO, DEBUG or ALL to "
            + "CloudWatch Logs.");
  }
}
