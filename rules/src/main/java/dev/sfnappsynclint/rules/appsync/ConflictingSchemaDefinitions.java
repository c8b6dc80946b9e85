package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;

@LintRule(
    id = "GQL031",
    name = "ConflictingSchemaDefinitions",
    severity = Severity.WARNING,
    summary = "A schema resource has both an inline schema (Definition, SchemaInline) and a "
        + "schema file (DefinitionS3Location, SchemaUri): only one of them can be the schema.",
    description = "AWS::AppSync::GraphQLSchema takes the schema either as text in Definition or "
        + "as a file in DefinitionS3Location; AWS::Serverless::GraphQLApi either in SchemaInline "
        + "or in SchemaUri. With both, which one is deployed is not what the template says, and "
        + "edits to the other are silently lost. The linter lints the inline one.",
    tags = {"correctness", "appsync", "template"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-graphqlschema.html",
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-graphqlapi.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::GraphQLSchema` with both `Definition` and `DefinitionS3Location`, or
        an `AWS::Serverless::GraphQLApi` with both `SchemaInline` and `SchemaUri`.

        ## Why it matters
        The two properties are alternatives: "use `DefinitionS3Location` if you want to
        provision with the schema living in Amazon S3 rather than embedding it in your
        CloudFormation template". With both, one of them is ignored, and changes made to it
        never reach the API. AWS does not document what it does with both, so this is a
        warning, not an error.

        ## Example
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
          OrdersSchema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !GetAtt OrdersApi.ApiId
              DefinitionS3Location: s3://orders-artifacts/schema.graphql
              Definition: |
                type Query {
                  order(id: ID!): String
                }
        ```

        ## Fix
        Keep one of them.

        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
          OrdersSchema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !GetAtt OrdersApi.ApiId
              Definition: |
                type Query {
                  order(id: ID!): String
                }
        ```
        """)
public final class ConflictingSchemaDefinitions implements AppSyncApiRule {

  @Override
  public void check(AppSyncApi api, Findings findings) {
    for (AppSyncApi.SchemaDefinition schema : api.schemas()) {
      if (schema.inline().isEmpty() || schema.file().isEmpty()) {
        continue;
      }
      Member inline = schema.inline().get();
      Member file = schema.file().get();
      findings.report(file.key(), "%s has both %s and %s: only one of them is deployed, and "
              + "edits to the other are lost. Keep one.", schema.name(), inline.name(),
          file.name()).related(inline.key(), "the inline schema");
    }
  }
}
