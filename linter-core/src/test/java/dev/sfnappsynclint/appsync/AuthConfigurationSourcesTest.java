package dev.sfnappsynclint.appsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.config.ConfigurationException;
import dev.sfnappsynclint.config.ConfigurationLoader;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.DocumentRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a schema's auth configuration comes from, in order: the template that deploys it, the
 * configuration's {@code appsync} section by schema glob, the command line's fallback; else it
 * is unknown. A probe rule reports what each schema document holds.
 */
class AuthConfigurationSourcesTest {

  /** Reports each schema's auth configuration and profile. */
  @LintRule(id = "GQL990", name = "AuthProbe", severity = Severity.NOTE, summary = "test")
  public static final class AuthProbe implements DocumentRule<AppSyncSchema> {
    @Override
    public Class<AppSyncSchema> documentType() {
      return AppSyncSchema.class;
    }

    @Override
    public void check(AppSyncSchema schema, Findings findings) {
      findings.report(schema.locate(null, ""), schema.name() + " " + schema.profile() + " "
          + schema.auth().map(AuthConfiguration::describe).orElse("unknown"));
    }
  }

  @TempDir
  Path work;

  private Linter linter;

  @BeforeEach
  void linter() {
    List<RegisteredRule> rules = new ArrayList<>(Linter.defaultRegistry().rules());
    rules.add(new RegisteredRule(RuleMetadata.of(AuthProbe.class), new AuthProbe()));
    linter = new Linter(new RuleRegistry(rules));
  }

  private void write(String path, String text) throws IOException {
    Path file = work.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<String> probe(LintRequest.Builder request) {
    return linter.lint(request.path(Path.of(".")).build()).findings().stream()
        .filter(f -> f.ruleId().equals("GQL990"))
        .map(f -> f.path() + " " + f.message()).sorted().toList();
  }

  private static final String SCHEMA = "type Query { a: String }\n";

  @Test
  void templatesGiveTheApisModes() throws IOException {
    write("cfn/template.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Api:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AMAZON_COGNITO_USER_POOLS
              AdditionalAuthenticationProviders:
                - AuthenticationType: API_KEY
                - AuthenticationType: AWS_IAM
          Schema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !GetAtt Api.ApiId
              DefinitionS3Location: schema.graphql
          OtherApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: other
              AuthenticationType: AWS_LAMBDA
          OtherSchema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: { "Fn::GetAtt": [OtherApi, ApiId] }
              Definition: "type Query { b: Int }"
          ParamApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: param
              AuthenticationType: !Ref AuthType
          ParamSchema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !Ref ParamApi
              Definition: "type Query { c: Int }"
          S3Schema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !GetAtt Api.ApiId
              DefinitionS3Location: s3://bucket/schema.graphql
        """);
    write("cfn/schema.graphql", SCHEMA);
    write("sam/template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Api:
            Type: AWS::Serverless::GraphQLApi
            Properties:
              SchemaInline: |
                type Query { d: Int }
              Auth:
                Type: API_KEY
                Additional:
                  - Type: AWS_IAM
        """);
    assertThat(probe(LintRequest.builder(work))).containsExactly(
        "cfn/schema.graphql Schema APPSYNC default AMAZON_COGNITO_USER_POOLS, additional API_KEY,"
            + " AWS_IAM (from AuthenticationType of Api in cfn/template.yaml:7)",
        "cfn/template.yaml OtherSchema APPSYNC default AWS_LAMBDA, no additional modes (from "
            + "AuthenticationType of OtherApi in cfn/template.yaml:20)",
        "cfn/template.yaml ParamSchema APPSYNC unknown",
        "sam/template.yaml Api APPSYNC default API_KEY, additional AWS_IAM (from Auth of Api in "
            + "sam/template.yaml:8)");
  }

  @Test
  void amplifyProjectsGiveTheirModesInCliInputs() throws IOException {
    write("amplify/backend/api/shop/cli-inputs.json", """
        {
          "version": 1,
          "serviceConfiguration": {
            "apiName": "shop",
            "serviceName": "AppSync",
            "defaultAuthType": { "mode": "AMAZON_COGNITO_USER_POOLS", "cognitoUserPoolId": "authshop" },
            "additionalAuthTypes": [ { "mode": "API_KEY", "expirationTime": 7 }, { "mode": "AWS_IAM" } ]
          }
        }
        """);
    write("amplify/backend/api/shop/schema/a.graphql", "type Order @model { id: ID! }\n");
    write("amplify/backend/api/shop/schema/b.graphql", "type Query { ping: String }\n");
    write("amplify/backend/api/blog/schema.graphql", "type Query { posts: [String] }\n");
    assertThat(probe(LintRequest.builder(work))).containsExactly(
        "amplify/backend/api/blog/schema.graphql schema.graphql AMPLIFY unknown",
        "amplify/backend/api/shop/schema/a.graphql a.graphql AMPLIFY default "
            + "AMAZON_COGNITO_USER_POOLS, additional API_KEY, AWS_IAM (from defaultAuthType in "
            + "amplify/backend/api/shop/cli-inputs.json:6)");
  }

  @Test
  void serverlessServicesGiveTheirModesAndSchemaFiles() throws IOException {
    write("service/serverless.yml", """
        service: blog
        plugins:
          - serverless-appsync-plugin
        appSync:
          name: blog-api
          authentication:
            type: AMAZON_COGNITO_USER_POOLS
            config:
              userPoolId: abc
          additionalAuthentications:
            - type: API_KEY
          schema:
            - schemas/base.graphql
            - "schemas/types/*.graphql"
        """);
    write("service/schemas/base.graphql", "type Query\n");
    write("service/schemas/types/post.graphql",
        "extend type Query { posts: [Post] }\ntype Post { id: ID! }\n");
    write("service/schemas/types/user.graphql",
        "extend type Query { users: [User] }\ntype User { id: ID!, name: Strin }\n");
    write("legacy/serverless.yaml", """
        service: legacy
        custom:
          appSync:
            name: legacy-api
            authenticationType: AWS_IAM
            additionalAuthenticationProviders:
              - authenticationType: API_KEY
        """);
    write("legacy/schema.graphql", "type Query { ping: String }\n");
    List<String> probed = probe(LintRequest.builder(work));
    assertThat(probed).containsExactly(
        "legacy/schema.graphql legacy-api APPSYNC default AWS_IAM, additional API_KEY (from "
            + "authenticationType in legacy/serverless.yaml:5)",
        "service/schemas/base.graphql blog-api APPSYNC default AMAZON_COGNITO_USER_POOLS, "
            + "additional API_KEY (from authentication in service/serverless.yml:6)");
    List<Finding> findings = linter.lint(LintRequest.builder(work).path(Path.of(".")).build())
        .findings().stream().filter(f -> f.ruleId().equals("GQL000")).toList();
    assertThat(findings).extracting(f -> f.path() + ":" + f.range().start() + " " + f.message())
        .containsExactly("service/schemas/types/user.graphql:2:28 Unknown type \"Strin\" in "
            + "User.name: the schema declares no type of that name.");
  }

  @Test
  void missingSchemaFilesAreReportedWhereTheyAreNamed() throws IOException {
    write("service/serverless.yml", """
        service: blog
        appSync:
          name: blog-api
          authentication:
            type: API_KEY
          schema:
            - schemas/base.graphql
            - "schemas/types/*.graphql"
        """);
    write("service/schemas/base.graphql", "type Query { ping: String }\n");
    write("defaults/serverless.yml", """
        service: other
        appSync:
          name: other-api
          authentication:
            type: AWS_IAM
        """);
    write("stack/template.yaml", """
        Resources:
          Api:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: a
              AuthenticationType: API_KEY
          Schema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !GetAtt Api.ApiId
              DefinitionS3Location: graphql/Schema.graphql
          Outside:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !GetAtt Api.ApiId
              DefinitionS3Location: ../../elsewhere/schema.graphql
        """);
    write("stack/graphql/schema.graphql", "type Query { ping: String }\n");
    List<Finding> findings = linter.lint(LintRequest.builder(work).path(Path.of(".")).build())
        .findings().stream().filter(f -> f.ruleId().equals("GQL021")
            || f.ruleId().equals("ASL096")).toList();
    assertThat(findings).extracting(f -> f.path() + ":" + f.range().start().line() + " "
        + f.ruleId() + " " + f.message())
        .containsExactlyInAnyOrder(
            "defaults/serverless.yml:3 GQL021 The schema of AppSync API other-api is "
                + "\"schema.graphql\" (the plugin's default), but there is no such file beside "
                + "defaults/serverless.yml.",
            "service/serverless.yml:8 GQL021 The schema of AppSync API blog-api is "
                + "\"schemas/types/*.graphql\", but the pattern matches no file beside "
                + "service/serverless.yml.",
            "stack/template.yaml:11 GQL021 DefinitionS3Location of Schema names "
                + "\"graphql/Schema.graphql\", but the file is \"graphql/schema.graphql\": only "
                + "the letter case differs, and packaging fails on case-sensitive file systems "
                + "(Linux, as on CI runners).",
            "stack/template.yaml:16 ASL096 DefinitionS3Location of Outside names "
                + "\"../../elsewhere/schema.graphql\", which is outside the linted folder; it "
                + "was not read.");
  }

  @Test
  void configurationByGlobThenTheCommandLine() throws IOException, ConfigurationException {
    write("api/public/schema.graphql", SCHEMA);
    write("api/admin/schema.graphql", SCHEMA);
    write("api/amplify/schema.graphql", SCHEMA);
    write("other/schema.graphql", SCHEMA);
    write(".sfn-appsync-lint.yml", """
        appsync:
          - schema: "api/public/**"
            defaultAuthentication: API_KEY
          - schema: "api/**/schema.graphql"
            defaultAuthentication: AWS_IAM
            additionalAuthentications: [AMAZON_COGNITO_USER_POOLS, AWS_IAM]
          - schema: "api/amplify/**"
            defaultAuthentication: AWS_LAMBDA
            profile: amplify
        """);
    LintRequest.Builder request = new ConfigurationLoader(linter.registry())
        .load(work.resolve(".sfn-appsync-lint.yml"), work).applyTo(LintRequest.builder(work));
    request.setting(AppSyncSettings.class, AppSyncSettings.DEFAULT, a -> a.withFallback(
        new AuthConfiguration(AuthMode.OPENID_CONNECT, List.of(), "--appsync-default-auth")));
    assertThat(probe(request)).containsExactly(
        "api/admin/schema.graphql schema.graphql APPSYNC default AWS_IAM, additional "
            + "AMAZON_COGNITO_USER_POOLS (from .sfn-appsync-lint.yml:4)",
        "api/amplify/schema.graphql schema.graphql APPSYNC default AWS_IAM, additional "
            + "AMAZON_COGNITO_USER_POOLS (from .sfn-appsync-lint.yml:4)",
        "api/public/schema.graphql schema.graphql APPSYNC default API_KEY, no additional modes "
            + "(from .sfn-appsync-lint.yml:2)",
        "other/schema.graphql schema.graphql APPSYNC default OPENID_CONNECT, no additional modes"
            + " (from --appsync-default-auth)");
  }

  @Test
  void configurationChoosesTheProfile() throws IOException, ConfigurationException {
    write("api/schema.graphql", "type Query { a: String @myTransformer }\n");
    write(".sfn-appsync-lint.yml", """
        appsync:
          - schema: "api/*.graphql"
            defaultAuthentication: AMAZON_COGNITO_USER_POOLS
            profile: amplify
        """);
    LintRequest.Builder request = new ConfigurationLoader(linter.registry())
        .load(work.resolve(".sfn-appsync-lint.yml"), work).applyTo(LintRequest.builder(work));
    List<Finding> findings = linter.lint(request.path(Path.of(".")).build()).findings();
    assertThat(findings).extracting(Finding::message).containsExactly(
        "schema.graphql AMPLIFY default AMAZON_COGNITO_USER_POOLS, no additional modes (from "
            + ".sfn-appsync-lint.yml:2)");
  }

  @Test
  void withoutAnyTheConfigurationIsUnknown() throws IOException {
    write("schema.graphql", SCHEMA);
    assertThat(probe(LintRequest.builder(work)))
        .containsExactly("schema.graphql schema.graphql APPSYNC unknown");
  }
}
