package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncPrelude;
import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.DirectiveDefinition;
import graphql.language.ScalarTypeDefinition;
import java.util.Set;

@LintRule(
    id = "GQL016",
    name = "RedeclaredAwsDefinition",
    severity = Severity.WARNING,
    summary = "The schema declares an AWS scalar or an AppSync directive that AppSync already "
        + "declares.",
    description = "AppSync provides the AWS scalars (AWSDateTime, AWSJSON, ...) and its "
        + "directives (@aws_api_key, @aws_iam, @aws_subscribe, ...). Declarations of them are "
        + "often copied into a schema so that editors and code generators understand it; the "
        + "schema AppSync receives must not carry them (the Serverless Framework's AppSync "
        + "plugin strips them before upload; a template or the console does not). Keep them in "
        + "a file that is not deployed.",
    tags = {"correctness", "appsync", "dialect"},
    precision = Precision.MEDIUM,
    awsDocs = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html",
        "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html"
    },
    help = """
        ## What it finds
        `scalar AWSJSON` (any AWS scalar) or `directive @aws_iam ...` (any AppSync directive)
        declared in the schema's own files.

        ## Why it matters
        AppSync declares these itself, and a deployed schema that declares them again risks
        being rejected, or differing from AppSync's declaration (another argument type or
        location).

        ## Example
        ```graphql
        scalar AWSJSON

        directive @aws_iam on OBJECT | FIELD_DEFINITION

        type Query {
          settings: AWSJSON @aws_iam
        }
        ```

        ## Fix
        ```graphql
        type Query {
          settings: AWSJSON @aws_iam
        }
        ```
        """)
public final class RedeclaredAwsDefinition implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    Set<String> appSync = AppSyncPrelude.names(SchemaProfile.APPSYNC);
    for (ScalarTypeDefinition scalar : schema.registry().scalars().values()) {
      if (schema.declaredBySchema(scalar) && AppSyncPrelude.isAwsScalar(scalar.getName())) {
        findings.report(schema.location(scalar, scalar.getName()), "scalar %s is AppSync's own: "
            + "remove the declaration from the deployed schema.", scalar.getName());
      }
    }
    for (DirectiveDefinition directive : schema.registry().getDirectiveDefinitions().values()) {
      if (schema.declaredBySchema(directive) && appSync.contains("@" + directive.getName())) {
        findings.report(schema.location(directive, "@" + directive.getName()), "directive @%s "
            + "is AppSync's own: remove the declaration from the deployed schema.",
            directive.getName());
      }
    }
  }
}
