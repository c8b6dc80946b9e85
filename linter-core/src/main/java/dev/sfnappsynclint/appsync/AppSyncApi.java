package dev.sfnappsynclint.appsync;

import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An AppSync GraphQL API as a template configures it, for the rules about its configuration
 * rather than its schema: an {@code AWS::AppSync::GraphQLApi} with the
 * {@code AWS::AppSync::GraphQLSchema} and {@code AWS::AppSync::ApiCache} resources that name it
 * by {@code ApiId}, or an {@code AWS::Serverless::GraphQLApi} with its inline {@code Cache}.
 * Every part keeps its template node, so findings land on the template's lines. Values the
 * linter cannot evaluate (an intrinsic function) are left out or marked unknown.
 *
 * @param name the API's logical id
 * @param idNode the API's logical id in the template
 * @param serverless an {@code AWS::Serverless::GraphQLApi} (SAM), which has no
 *     {@code Visibility} or {@code IntrospectionConfig} and generates its logging role
 * @param authProviders the default provider first, then the additional ones, in order
 * @param visibility {@code Visibility}, when written
 * @param introspection {@code IntrospectionConfig}, when written
 * @param caches the API's caches
 * @param schemas the resources that deploy the API's schema
 */
public record AppSyncApi(String name, SourceFile source, ScalarNode idNode, boolean serverless,
    List<AuthProvider> authProviders, Logging logging, Optional<Member> visibility,
    Optional<Member> introspection, List<Cache> caches, List<SchemaDefinition> schemas)
    implements Document {

  public AppSyncApi {
    authProviders = List.copyOf(authProviders);
    caches = List.copyOf(caches);
    schemas = List.copyOf(schemas);
  }

  /** One authentication provider: {@code at} is its {@code AuthenticationType} (SAM: Type). */
  public record AuthProvider(AuthMode mode, boolean isDefault, Node at) {}

  /** How the API logs to CloudWatch Logs. */
  public enum LoggingStatus {
    /** Field-level logs at ERROR, INFO, DEBUG or ALL, with a role to write them. */
    ENABLED,
    /** No {@code LogConfig} (SAM: {@code Logging: false}). */
    ABSENT,
    /** {@code FieldLogLevel} is {@code NONE} or not written. */
    NO_FIELD_LOGS,
    /** A field log level but no {@code CloudWatchLogsRoleArn}. */
    NO_ROLE,
    /** Not evaluable (an intrinsic function), or SAM's defaults apply. */
    UNKNOWN
  }

  /**
   * @param property {@code LogConfig} (SAM: {@code Logging}), when written
   * @param level its {@code FieldLogLevel}, when written
   */
  public record Logging(LoggingStatus status, Optional<Member> property, Optional<Member> level) {}

  /**
   * An {@code AWS::AppSync::ApiCache} (or SAM's {@code Cache}).
   *
   * @param at the cache's logical id, or SAM's {@code Cache} key
   */
  public record Cache(String name, Node at, Optional<Member> transitEncryption,
      Optional<Member> atRestEncryption) {}

  /**
   * An {@code AWS::AppSync::GraphQLSchema} ({@code Definition}, {@code DefinitionS3Location}) or
   * SAM's {@code SchemaInline} and {@code SchemaUri}.
   */
  public record SchemaDefinition(String name, Node at, Optional<Member> inline,
      Optional<Member> file) {}

  /** The API's auth providers with this mode. */
  public List<AuthProvider> providers(AuthMode mode) {
    return authProviders.stream().filter(p -> p.mode() == mode).toList();
  }

  /** "AWS::AppSync::GraphQLApi OrdersApi", for messages. */
  public String describe() {
    return (serverless ? AppSyncTemplates.SERVERLESS_API : AppSyncTemplates.GRAPHQL_API) + " "
        + name;
  }

  /**
   * A template boolean ({@code true}, {@code "false"}); empty when it is an intrinsic function
   * or not a boolean.
   */
  public static Optional<Boolean> booleanValue(Node value) {
    if (Intrinsic.of(value).isPresent() || !(value instanceof ScalarNode scalar)) {
      return Optional.empty();
    }
    return switch (scalar.text().strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
