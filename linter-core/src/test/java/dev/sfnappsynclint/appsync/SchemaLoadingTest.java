package dev.sfnappsynclint.appsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.source.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GraphQL schemas end to end through the engine: discovery, parsing with locations, the
 * AppSync and Amplify preludes, multi-file schemas, schemas inside templates, GQL000.
 */
class SchemaLoadingTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());

  @TempDir
  Path work;

  private LintResult lint() {
    return LINTER.lint(LintRequest.builder(work).path(Path.of(".")).build());
  }

  private void write(String path, String text) throws IOException {
    Path file = work.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String describe(Finding f) {
    return f.path() + ":" + f.range() + " " + f.ruleId() + " [" + f.anchor() + "] " + f.message();
  }

  @Test
  void appSyncScalarsAndDirectivesAreKnown() throws IOException {
    write("schema.graphql", """
        schema { query: Query, mutation: Mutation, subscription: Subscription }
        type Query @aws_api_key @aws_iam {
          event(id: ID!): Event
        }
        type Mutation {
          addEvent(at: AWSDateTime!, contact: AWSEmail, data: AWSJSON): Event
            @aws_cognito_user_pools(cognito_groups: ["Admins"])
        }
        type Subscription {
          onEvent: Event @aws_subscribe(mutations: ["addEvent"])
        }
        type Event @aws_api_key @aws_iam @aws_cognito_user_pools @aws_oidc @aws_lambda {
          id: ID!
          at: AWSDateTime
          day: AWSDate
          time: AWSTime
          stamp: AWSTimestamp
          url: AWSURL
          phone: AWSPhone
          ip: AWSIPAddress
          legacy: String @aws_auth(cognito_groups: ["Old"]) @deprecated(reason: "use at")
        }
        """);
    LintResult result = lint();
    assertThat(result.lintedPaths()).containsExactly("schema.graphql");
    assertThat(result.findings()).extracting(SchemaLoadingTest::describe).isEmpty();
    assertThat(result.notifications()).isEmpty();
  }

  @Test
  void unknownTypeIsReportedAtTheReferenceWithAnAwsScalarHint() throws IOException {
    write("api/schema.graphql", """
        type Query {
          getEvent(id: ID!): Event
        }

        type Event {
          id: ID!
          startsAt: DateTime
        }
        """);
    assertThat(lint().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("GQL000");
      assertThat(f.path()).isEqualTo("api/schema.graphql");
      assertThat(f.range()).isEqualTo(TextRange.of(7, 13, 7, 21));
      assertThat(f.anchor()).isEqualTo("Event.startsAt");
      assertThat(f.message()).isEqualTo("Unknown type \"DateTime\" in Event.startsAt: the schema "
          + "declares no type of that name. AppSync's scalar is AWSDateTime.");
    });
  }

  @Test
  void unknownDirectiveAndRedefinitionAreErrorsInAppSyncSchemas() throws IOException {
    write("schema.graphql", """
        type Query {
          "A described field"
          a: String @cached
        }
        type Query {
          b: String
        }
        """);
    assertThat(lint().findings()).extracting(SchemaLoadingTest::describe).containsExactly(
        "schema.graphql:3:13-3:20 GQL000 [Query.a] Unknown directive \"@cached\": neither the "
            + "schema nor AppSync declares it, and AppSync rejects a schema that uses it.",
        "schema.graphql:5:6-5:11 GQL000 [Query] 'Query' type tried to redefine existing 'Query' "
            + "type.");
  }

  @Test
  void syntaxErrorIsAFindingAndOtherFilesAreStillLinted() throws IOException {
    write("a/broken.graphql", "type Query {\n  a: [String\n}\n");
    write("b/fine.graphql", "type Query {\n  b: Strin\n}\n");
    LintResult result = lint();
    assertThat(result.findings()).extracting(SchemaLoadingTest::describe).containsExactly(
        "a/broken.graphql:2:6-2:7 GQL000 [] Invalid GraphQL syntax: unexpected token '['.",
        "b/fine.graphql:2:6-2:11 GQL000 [Query.b] Unknown type \"Strin\" in Query.b: the schema "
            + "declares no type of that name.");
  }

  @Test
  void deeplyNestedInputIsAFindingNotACrash() throws IOException {
    write("deep.graphql", "type Query { a: " + "[".repeat(20_000) + "Int" + "]".repeat(20_000)
        + " }\n");
    LintResult result = lint();
    assertThat(result.notifications()).isEmpty();
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.message())
        .contains("nests deeper than the linter's limit"));
  }

  @Test
  void clientOperationsAreNoSchema() throws IOException {
    write("src/graphql/queries.graphql", "query GetEvent($id: ID!) { getEvent(id: $id) { id } }\n");
    write("empty.graphql", "# nothing yet\n");
    LintResult result = lint();
    assertThat(result.lintedPaths()).isEmpty();
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void suppressionCommentsWork() throws IOException {
    write("schema.graphql", """
        type Query {
          # sfn-appsync-lint-disable-next-line GQL000 -- generated by the build
          a: Generated
        }
        """);
    LintResult result = lint();
    assertThat(result.findings()).isEmpty();
    assertThat(result.suppressed()).singleElement()
        .satisfies(s -> assertThat(s.justification()).isEqualTo("generated by the build"));
  }

  @Test
  void amplifySchemaFolderIsOneSchemaAndFindingsLandInTheirFile() throws IOException {
    write("amplify/backend/api/shop/schema/order.graphql", """
        type Order @model @auth(rules: [{ allow: owner }]) {
          id: ID!
          items: [Item] @hasMany
          customer: Customer @belongsTo
        }
        """);
    write("amplify/backend/api/shop/schema/item.graphql", """
        type Item @model @auth(rules: [{ allow: owner }, { allow: public, operations: [read] }]) {
          id: ID!
          order: Order @belongsTo
          price: Moneyy
        }
        """);
    write("amplify/backend/api/shop/schema/zz-customer.graphql", """
        input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }
        type Customer @model {
          id: ID!
          name: String @default(value: "anonymous")
        }
        """);
    LintResult result = lint();
    assertThat(result.lintedPaths()).containsExactlyInAnyOrder(
        "amplify/backend/api/shop/schema/item.graphql",
        "amplify/backend/api/shop/schema/order.graphql",
        "amplify/backend/api/shop/schema/zz-customer.graphql");
    assertThat(result.findings()).extracting(SchemaLoadingTest::describe).containsExactly(
        "amplify/backend/api/shop/schema/item.graphql:4:10-4:16 GQL000 [Item.price] Unknown type "
            + "\"Moneyy\" in Item.price: the schema declares no type of that name.");
  }

  @Test
  void amplifyCustomDirectivesAndGeneratedTypesAreNotErrors() throws IOException {
    write("schema.graphql", """
        type Todo @model @searchable @myCustomTransformer {
          id: ID!
        }
        type Query {
          topTodos: ModelTodoConnection @function(name: "top-${env}")
        }
        """);
    assertThat(lint().findings()).isEmpty();
  }

  @Test
  void filesThatNeedEachOtherAreMergedAsTheServerlessPluginDoes() throws IOException {
    write("schemas/schema.graphql", "type Query\n\ntype Mutation\n");
    write("schemas/post.graphql", """
        extend type Query {
          getPost(id: ID!): Post
        }
        type Post @aws_oidc {
          id: ID!
          author: User
        }
        """);
    write("schemas/user.graphql", """
        extend type Query {
          getUser(id: ID!): User
        }
        extend type Mutation {
          createUser(name: String!): User
        }
        type User {
          id: ID!
          name: String
          posts: [Post]
        }
        """);
    LintResult result = lint();
    assertThat(result.findings()).extracting(SchemaLoadingTest::describe).isEmpty();
    assertThat(result.lintedPaths()).containsExactlyInAnyOrder("schemas/schema.graphql",
        "schemas/post.graphql", "schemas/user.graphql");
  }

  @Test
  void independentSchemasOfAFolderStayApart() throws IOException {
    write("schemas/a.graphql", "type Query { a: Thing }\ntype Thing { id: ID }\n");
    write("schemas/b.graphql", "type Query { b: Thing }\ntype Thing { name: String }\n");
    write("schemas/c.graphql", "type Query { c: Missing }\n");
    assertThat(lint().findings()).extracting(SchemaLoadingTest::describe).containsExactly(
        "schemas/c.graphql:1:17-1:24 GQL000 [Query.c] Unknown type \"Missing\" in Query.c: the "
            + "schema declares no type of that name.");
  }

  @Test
  void inlineTemplateSchemaFindingsLandOnTemplateLines() throws IOException {
    write("template.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Api:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: events
              AuthenticationType: API_KEY
          Schema:
            Type: AWS::AppSync::GraphQLSchema
            Properties:
              ApiId: !GetAtt Api.ApiId
              Definition: |
                type Query {
                  events: [Event]
                }
                type Event {
                  id: ID!
                  # sfn-appsync-lint-disable-next-line GQL000
                  at: DateTime
                  place: Location
                }
        """);
    LintResult result = lint();
    assertThat(result.findings()).extracting(SchemaLoadingTest::describe).containsExactly(
        "template.yaml:20:18-20:26 GQL000 [Event.place] Unknown type \"Location\" in Event.place:"
            + " the schema declares no type of that name.");
    assertThat(result.suppressed()).hasSize(1);
  }

  @Test
  void templateSchemaFileIsLintedWithTheTemplate() throws IOException {
    write("template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Api:
            Type: AWS::Serverless::GraphQLApi
            Properties:
              SchemaUri: ./graphql/schema.graphql
              Auth:
                Type: AWS_IAM
        """);
    write("graphql/schema.graphql", "type Query {\n  a: Nope\n}\n");
    LintResult result = lint();
    assertThat(result.lintedPaths()).containsExactlyInAnyOrder("template.yaml",
        "graphql/schema.graphql");
    assertThat(result.findings()).extracting(SchemaLoadingTest::describe).containsExactly(
        "graphql/schema.graphql:2:6-2:10 GQL000 [Query.a] Unknown type \"Nope\" in Query.a: the "
            + "schema declares no type of that name.");
  }

  @Test
  void redeclaredPreludeNamesAreTheSchemasOwn() throws IOException {
    write("schema.graphql", """
        directive @aws_cognito_user_pools on OBJECT | FIELD_DEFINITION
        scalar AWSJSON
        type Query { account: Account }
        type Account @aws_cognito_user_pools { metadata: AWSJSON }
        """);
    assertThat(lint().findings()).isEmpty();
  }

  @Test
  void nothingIsLintedTwice() throws IOException {
    write("schema.graphql", "type Query { a: Int }\n");
    List<String> linted = lint().lintedPaths();
    assertThat(linted).containsExactly("schema.graphql");
  }
}
