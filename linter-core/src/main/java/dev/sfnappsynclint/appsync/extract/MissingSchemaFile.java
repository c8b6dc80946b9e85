package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.rule.Severity;

/** The schema extractors' own finding for a schema file a template or serverless.yml names. */
@LintRule(
    id = "GQL021",
    name = "MissingSchemaFile",
    severity = Severity.ERROR,
    summary = "DefinitionS3Location, SchemaUri or serverless.yml's schema names a local schema "
        + "file that does not exist.",
    description = "`aws cloudformation package`, `sam build` and the Serverless Framework read "
        + "the schema from that file; when it is missing the package or deploy step fails, and "
        + "nothing of the API can be linted. A name that matches a file only when letter case "
        + "is ignored is reported too: macOS and Windows find it, Linux (and so CI) does not.",
    tags = {"correctness", "appsync", "template"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-graphqlschema.html",
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-graphqlapi.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::GraphQLSchema` whose `DefinitionS3Location`, or an
        `AWS::Serverless::GraphQLApi` whose `SchemaUri`, is a local path (relative to the
        template) naming no file; a `serverless.yml` whose `appSync` `schema` (a file, a list
        or globs, default `schema.graphql`) matches no file.

        ## Why it matters
        Packaging or deploying fails, and the schema's auth cannot be checked.

        ## Example
        The template names `schema/orders.graphql`; the file is `schema/order.graphql`.

        `template.yaml`:
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
              DefinitionS3Location: schema/orders.graphql
        ```

        ## Fix
        Correct the path (relative to the template's folder), or add the file.

        `template.yaml`:
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
public final class MissingSchemaFile implements Rule {}
