package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.rule.Severity;

/**
 * The schema extractors' own finding for a GraphQL schema that does not parse or is not a valid
 * schema. It is not a check that runs on a model, so it lives with them.
 */
@LintRule(
    id = "GQL000",
    name = "InvalidSchema",
    severity = Severity.ERROR,
    summary = "The GraphQL schema does not parse, or is not a valid schema: unknown types or "
        + "directives, types declared twice, wrong directive arguments.",
    description = "AppSync rejects a schema that is not valid GraphQL. The schema is checked "
        + "with AppSync's own scalars and directives (and, for Amplify source schemas, the "
        + "Amplify directives) declared, as AppSync and Amplify declare them. The other rules "
        + "still run on what can be read. The rule cannot be switched off, but its severity "
        + "can be changed.",
    tags = {"correctness", "syntax", "appsync"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
        "https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html"
    },
    canBeDisabled = false,
    help = """
        ## What it finds
        A `.graphql`/`.gql` schema (or a schema written in a CloudFormation/SAM template) that
        does not parse, or that GraphQL validation rejects: a field whose type is declared
        nowhere, a directive that neither the schema nor AppSync declares, a type declared twice,
        a directive argument of the wrong type, an object type without fields, a schema without
        a query type. AppSync's scalars (`AWSDateTime`, `AWSJSON`, ...) and directives
        (`@aws_api_key`, `@aws_iam`, `@aws_cognito_user_pools`, `@aws_subscribe`, ...) are
        known; in Amplify source schemas (with `@model` or `@auth`) so are Amplify's.

        Files of one folder that need each other's types (`extend type Query` in one, `type
        Query` in another) are checked together, as are the files of an Amplify project's
        `amplify/backend/api/<api>/schema/` folder.

        ## Why it matters
        AppSync rejects the schema (`Schema Creation Status is FAILED`), and the deployment
        fails.

        ## Example
        `DateTime` is not an AppSync scalar:
        ```graphql
        type Query {
          getEvent(id: ID!): Event
        }

        type Event {
          id: ID!
          startsAt: DateTime
        }
        ```

        ## Fix
        Use AppSync's scalar:
        ```graphql
        type Query {
          getEvent(id: ID!): Event
        }

        type Event {
          id: ID!
          startsAt: AWSDateTime
        }
        ```
        """)
public final class InvalidSchema implements Rule {}
