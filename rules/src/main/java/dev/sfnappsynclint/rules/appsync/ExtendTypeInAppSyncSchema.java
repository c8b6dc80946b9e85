package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.TypeDefinition;

@LintRule(
    id = "GQL045",
    name = "ExtendTypeInAppSyncSchema",
    severity = Severity.WARNING,
    summary = "extend type (or interface, input, enum, union) in a schema that goes to AppSync "
        + "as it is.",
    description = "AppSync's schema documentation never mentions type extensions, and tools "
        + "that deploy AppSync schemas treat them as unsupported: the Serverless AppSync "
        + "plugin merges extensions into their types when it combines several schema files, "
        + "precisely because AppSync does not take object extensions, and keeps a single file "
        + "as it is. A one-file schema with extend definitions may be refused or lose the "
        + "extension's fields. Schemas read from several files (which the tools merge) and "
        + "Amplify source schemas (which the Amplify CLI compiles) are not reported.",
    tags = {"portability", "appsync", "dialect"},
    precision = Precision.MEDIUM,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        `extend type`, `extend interface`, `extend input`, `extend enum`, `extend union` or
        `extend scalar` in a single-file schema that is not an Amplify source schema.

        ## Why it matters
        Nothing merges the extension before AppSync receives the schema, and AppSync is not
        documented to accept extensions; the Serverless AppSync plugin merges them itself for
        that reason (sid88in/serverless-appsync-plugin#468).

        ## Example
        ```graphql
        type Query {
          post(id: ID!): String
        }

        extend type Query {
          posts: [String]
        }
        ```

        ## Fix
        Write the fields into the type:
        ```graphql
        type Query {
          post(id: ID!): String
          posts: [String]
        }
        ```
        """)
public final class ExtendTypeInAppSyncSchema implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    if (schema.profile() != SchemaProfile.APPSYNC || schema.files().size() != 1) {
      return;
    }
    for (TypeDefinition<?> extension : SchemaDeclarations.extensions(schema)) {
      findings.report(schema.locateName(extension.getSourceLocation(), extension.getName(),
          extension.getName()), "extend %s in a schema AppSync receives as it is: AppSync does "
              + "not document type extensions (deployment tools merge them before upload). "
              + "Move the definitions into %s itself.", extension.getName(),
          extension.getName());
    }
  }
}
