package dev.sfnappsynclint.appsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one auth computation: allowed modes per field, propagated from the root types. */
class AuthModeResolverTest {

  private static AppSyncSchema schema(String sdl, Optional<AuthConfiguration> auth) {
    SourceFile file = new SourceFile(Path.of("schema.graphql"), "schema.graphql", sdl);
    AppSyncSchemaLoader.Loaded loaded = AppSyncSchemaLoader.load("schema.graphql", file,
        List.of(ParsedSchemaSource.parse(SchemaSource.of(file))), SchemaProfile.APPSYNC, auth);
    assertThat(loaded.problems()).isEmpty();
    return loaded.schema();
  }

  private static Optional<AuthConfiguration> config(AuthMode defaultMode, AuthMode... more) {
    return Optional.of(new AuthConfiguration(defaultMode, List.of(more), "test"));
  }

  private static List<String> denials(AppSyncSchema schema) {
    return schema.authAnalysis().denials().stream()
        .map(d -> (d.total() ? "total " : "partial ") + d.mode() + " " + d.describePath() + " "
            + d.deniedFields().stream().map(l -> l.stream().map(f -> f.getName()).toList())
                .toList())
        .toList();
  }

  private static final String BLOG = """
      type Query {
        listPosts: [Post] @aws_api_key @aws_cognito_user_pools
        me: User
      }
      type Post @aws_api_key @aws_cognito_user_pools {
        id: ID!
        title: String
        author: User
      }
      type User @aws_cognito_user_pools @aws_iam {
        id: ID!
        name: String
      }
      """;

  @Test
  void theWorkedExampleFailsForApiKeyAtPostAuthor() {
    AppSyncSchema schema = schema(BLOG, config(AuthMode.AMAZON_COGNITO_USER_POOLS,
        AuthMode.API_KEY, AuthMode.AWS_IAM));
    assertThat(denials(schema)).containsExactly(
        "total API_KEY Query.listPosts → Post.author → User [[id, name]]");
    AuthDenial denial = schema.authAnalysis().totalDenials().get(0);
    assertThat(denial.owner().name()).isEqualTo("Post");
    assertThat(denial.field().getName()).isEqualTo("author");
    assertThat(schema.authAnalysis().reaches("User", AuthMode.API_KEY)).isFalse();
    assertThat(schema.authAnalysis().pathTo("User", AuthMode.AMAZON_COGNITO_USER_POOLS))
        .contains(List.of("Query.me"));
    assertThat(schema.authAnalysis().pathTo("Post", AuthMode.API_KEY))
        .contains(List.of("Query.listPosts"));
  }

  @Test
  void fieldDirectivesOverrideTheTypeAndTheDefaultIsNotImpliedOnceAnyIsPresent() {
    AppSyncSchema schema = schema("""
        type Query {
          open: Thing
          iamOnly: Thing @aws_iam
        }
        type Thing @aws_api_key {
          a: String
          b: String @aws_iam @aws_cognito_user_pools(cognito_groups: ["Admins", "Ops"])
        }
        """, config(AuthMode.AWS_IAM, AuthMode.API_KEY, AuthMode.AMAZON_COGNITO_USER_POOLS));
    AuthAnalysis analysis = schema.authAnalysis();
    assertThat(analysis.field("Query.open").orElseThrow().source())
        .isEqualTo(FieldAuth.Source.DEFAULT);
    assertThat(analysis.field("Thing.a").orElseThrow().modes()).containsExactly(AuthMode.API_KEY);
    assertThat(analysis.field("Thing.a").orElseThrow().source()).isEqualTo(FieldAuth.Source.TYPE);
    FieldAuth b = analysis.field("Thing.b").orElseThrow();
    assertThat(b.source()).isEqualTo(FieldAuth.Source.FIELD);
    assertThat(b.modes()).containsExactlyInAnyOrder(AuthMode.AWS_IAM,
        AuthMode.AMAZON_COGNITO_USER_POOLS);
    assertThat(b.cognitoGroups()).containsEntry(AuthMode.AMAZON_COGNITO_USER_POOLS,
        List.of("Admins", "Ops"));
    // IAM (the default) reaches Thing through both fields; Thing.a admits only API_KEY.
    assertThat(denials(schema)).containsExactly("partial AWS_IAM Query.open → Thing [[a]]");
  }

  @Test
  void withoutConfigurationOnlyWhatTheDirectivesShowIsFollowed() {
    AppSyncSchema schema = schema("""
        type Query {
          posts: [Post]
          keyed: [Post] @aws_api_key
        }
        type Post @aws_iam {
          id: ID!
          draft: String @aws_api_key
          body: String
        }
        """, Optional.empty());
    assertThat(schema.authAnalysis().followedModes()).containsExactlyInAnyOrder(AuthMode.API_KEY,
        AuthMode.AWS_IAM);
    assertThat(denials(schema)).containsExactly(
        "partial API_KEY Query.keyed → Post [[id, body]]");
    assertThat(schema.authAnalysis().field("Query.posts").orElseThrow()
        .admits(AuthMode.AWS_IAM, Optional.empty())).isEqualTo(FieldAuth.Admission.MAYBE);
  }

  @Test
  void interfacesAndUnionsLeadToEveryImplementation() {
    String sdl = """
        schema { query: Root }
        type Root @aws_api_key {
          node(id: ID!): Node
          search: [Result]
        }
        interface Node { id: ID! }
        union Result = Article | Secret
        type Article implements Node @aws_api_key { id: ID!, title: String }
        type Secret implements Node @aws_iam { id: ID! }
        """;
    AppSyncSchema schema = schema(sdl, config(AuthMode.API_KEY, AuthMode.AWS_IAM));
    assertThat(denials(schema)).containsExactly(
        "partial API_KEY Root.node → Secret [[id]]");
    assertThat(schema.authAnalysis().reaches("Article", AuthMode.API_KEY)).isTrue();

    AppSyncSchema allDenied = schema(sdl.replace("type Article implements Node @aws_api_key",
        "type Article implements Node @aws_iam"), config(AuthMode.API_KEY, AuthMode.AWS_IAM));
    assertThat(denials(allDenied)).containsExactly(
        "total API_KEY Root.node → Article | Secret [[id, title], [id]]",
        "total API_KEY Root.search → Article | Secret [[id, title], [id]]");
  }

  @Test
  void cyclesAndLongChainsEndWithoutRecursion() {
    StringBuilder sdl = new StringBuilder("type Query { first: T0 }\n");
    int length = 20_000;
    for (int i = 0; i < length; i++) {
      sdl.append("type T").append(i).append(" { next: T").append((i + 1) % length)
          .append(", self: T").append(i).append(" }\n");
    }
    AppSyncSchema schema = schema(sdl.toString(), config(AuthMode.API_KEY));
    assertThat(schema.authAnalysis().denials()).isEmpty();
    assertThat(schema.authAnalysis().reaches("T19999", AuthMode.API_KEY)).isTrue();
    assertThat(schema.authAnalysis().pathTo("T3", AuthMode.API_KEY))
        .contains(List.of("Query.first", "T0.next", "T1.next", "T2.next"));
  }

  @Test
  void amplifyAuthRulesAreTheTransformersToDecide() {
    SourceFile file = new SourceFile(Path.of("schema.graphql"), "schema.graphql", """
        type Query {
          topPosts: [Post] @aws_iam @function(name: "top")
        }
        type Post @model @auth(rules: [{ allow: private, provider: iam }]) {
          id: ID!
          secret: String @auth(rules: [{ allow: owner }])
        }
        """);
    AppSyncSchema schema = AppSyncSchemaLoader.load("schema.graphql", file,
        List.of(ParsedSchemaSource.parse(SchemaSource.of(file))), SchemaProfile.AMPLIFY,
        config(AuthMode.AMAZON_COGNITO_USER_POOLS, AuthMode.AWS_IAM)).schema();
    assertThat(schema.authAnalysis().field("Post.id").orElseThrow().source())
        .isEqualTo(FieldAuth.Source.AMPLIFY);
    assertThat(schema.authAnalysis().field("Post.id").orElseThrow()
        .admits(AuthMode.AWS_IAM, schema.auth())).isEqualTo(FieldAuth.Admission.MAYBE);
    assertThat(denials(schema)).isEmpty();
  }

  @Test
  void modesTheApiDoesNotConfigureAreNotFollowed() {
    AppSyncSchema schema = schema(BLOG, config(AuthMode.AMAZON_COGNITO_USER_POOLS));
    assertThat(schema.authAnalysis().followedModes())
        .containsExactly(AuthMode.AMAZON_COGNITO_USER_POOLS);
    assertThat(denials(schema)).isEmpty();
  }
}
