package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "GQL003",
    name = "UnconfiguredAuthMode",
    severity = Severity.ERROR,
    summary = "An auth directive names a mode the API does not configure: requests with that "
        + "mode are rejected, and a field that admits only such modes can be read by no one.",
    description = "A caller can only use the API's default mode and its additional modes. "
        + "@aws_iam on an API configured for API keys and Cognito user pools admits no one: "
        + "requests signed with IAM are refused before any field is resolved. Usually the mode "
        + "is missing from the API's configuration (AdditionalAuthenticationProviders) or the "
        + "directive is a leftover. Checked only when the configuration is known, and the "
        + "finding says where it came from.",
    tags = {"correctness", "security", "appsync", "auth"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-graphqlapi.html"
    },
    help = """
        ## What it finds
        An auth directive (`@aws_api_key`, `@aws_iam`, `@aws_oidc`, `@aws_lambda`,
        `@aws_cognito_user_pools`, `@aws_auth`) on a type or field, for a mode that is neither
        the API's default mode nor one of its additional modes — as the template that deploys
        the schema, the configuration's `appsync` section or `--appsync-default-auth` says.

        ## Why it matters
        AppSync rejects requests made with a mode the API does not configure, so the directive
        lets no one in. When it is the only directive of a field or type, nobody can read it;
        when the mode was meant to be added to the API, every client using it fails.

        ## Example
        The template configures API keys only; `Query.adminReport` admits IAM.

        `template.yaml`:
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          ReportsApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: reports
              AuthenticationType: API_KEY
          ReportsSchema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !GetAtt ReportsApi.ApiId
              DefinitionS3Location: schema.graphql
        ```

        `schema.graphql`:
        ```graphql
        type Query {
          report(id: ID!): Report
          adminReport(id: ID!): Report @aws_iam
        }

        type Report @aws_api_key @aws_iam {
          id: ID!
          total: Float
        }
        ```

        ## Fix
        Add the mode to the API (here as an additional mode), or remove the directive.

        `template.yaml`:
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          ReportsApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: reports
              AuthenticationType: API_KEY
              AdditionalAuthenticationProviders:
                - AuthenticationType: AWS_IAM
          ReportsSchema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !GetAtt ReportsApi.ApiId
              DefinitionS3Location: schema.graphql
        ```

        `schema.graphql`:
        ```graphql
        type Query {
          report(id: ID!): Report
          adminReport(id: ID!): Report @aws_iam
        }

        type Report @aws_api_key @aws_iam {
          id: ID!
          total: Float
        }
        ```
        """)
public final class UnconfiguredAuthMode implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    Optional<AuthConfiguration> configuration = schema.auth();
    if (configuration.isEmpty()) {
      return;
    }
    for (SchemaObjectType type : schema.objectTypes()) {
      check(schema, configuration.get(), type.directives(), type.name(), "type", findings);
      for (FieldDefinition field : type.fields()) {
        check(schema, configuration.get(), field.getDirectives(), type.coordinate(field),
            "field", findings);
      }
    }
  }

  private static void check(AppSyncSchema schema, AuthConfiguration configuration,
      List<Directive> directives, String coordinate, String kind, Findings findings) {
    List<Directive> auth = directives.stream()
        .filter(d -> AuthMode.ofDirective(d.getName()).isPresent()).toList();
    boolean noneConfigured = auth.stream().noneMatch(d -> configuration.configures(
        AuthMode.ofDirective(d.getName()).orElseThrow()));
    for (Directive directive : auth) {
      AuthMode mode = AuthMode.ofDirective(directive.getName()).orElseThrow();
      if (configuration.configures(mode)) {
        continue;
      }
      findings.report(schema.locateDirective(directive.getSourceLocation(), directive.getName(),
          coordinate), "@%s on %s admits %s, which the API does not configure (%s): requests "
              + "with %s are rejected%s. Add %s to the API or remove the directive.",
          directive.getName(), coordinate, mode, configuration.describe(), mode,
          noneConfigured ? ", and no caller can read this " + kind + " at all" : "", mode);
    }
  }
}
