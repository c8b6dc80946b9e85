package dev.sfnappsynclint.appsync;

import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
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
 * @param kind what configures it, which names its settings
 * @param authProviders the default provider first, then the additional ones, in order
 * @param visibility {@code Visibility}, when written
 * @param introspection {@code IntrospectionConfig}, when written
 * @param caches the API's caches
 * @param schemas the resources that deploy the API's schema
 */
public record AppSyncApi(String name, SourceFile source, Node idNode, Kind kind,
    List<AuthProvider> authProviders, Logging logging, Optional<Member> visibility,
    Optional<Member> introspection, List<Cache> caches, List<SchemaDefinition> schemas)
    implements Document {

  public AppSyncApi {
    authProviders = List.copyOf(authProviders);
    caches = List.copyOf(caches);
    schemas = List.copyOf(schemas);
  }

  /**
   * What configures the API, and what it calls the settings (for messages); an empty name is a
   * setting it does not have.
   */
  public enum Kind {
    CLOUDFORMATION(AppSyncTemplates.GRAPHQL_API, "LogConfig", "FieldLogLevel",
        "TransitEncryptionEnabled", "AtRestEncryptionEnabled", "Visibility",
        "IntrospectionConfig"),
    /** SAM has no Visibility or IntrospectionConfig, and creates the logging role itself. */
    SAM(AppSyncTemplates.SERVERLESS_API, "Logging", "FieldLogLevel", "TransitEncryptionEnabled",
        "AtRestEncryptionEnabled", "", ""),
    /** serverless-appsync-plugin's {@code appSync}, which creates the logging role itself. */
    SERVERLESS("serverless.yml AppSync API", "logging", "level", "transitEncryption",
        "atRestEncryption", "visibility", "introspection");

    private final String description;
    private final String logConfig;
    private final String fieldLogLevel;
    private final String transitEncryption;
    private final String atRestEncryption;
    private final String visibility;
    private final String introspection;

    Kind(String description, String logConfig, String fieldLogLevel, String transitEncryption,
        String atRestEncryption, String visibility, String introspection) {
      this.description = description;
      this.logConfig = logConfig;
      this.fieldLogLevel = fieldLogLevel;
      this.transitEncryption = transitEncryption;
      this.atRestEncryption = atRestEncryption;
      this.visibility = visibility;
      this.introspection = introspection;
    }

    public String logConfig() {
      return logConfig;
    }

    public String fieldLogLevel() {
      return fieldLogLevel;
    }

    public String transitEncryption() {
      return transitEncryption;
    }

    public String atRestEncryption() {
      return atRestEncryption;
    }

    public String visibility() {
      return visibility;
    }

    public String introspection() {
      return introspection;
    }
  }

  /** One authentication provider: {@code at} is its {@code AuthenticationType} (SAM: Type). */
  public record AuthProvider(AuthMode mode, boolean isDefault, Node at) {

    /** The provider a type setting names; empty when not evaluable or not a mode. */
    public static Optional<AuthProvider> of(Member type, boolean isDefault) {
      if (Intrinsic.of(type.value()).isPresent()) {
        return Optional.empty();
      }
      return type.value().asString().flatMap(AuthMode::parse)
          .map(mode -> new AuthProvider(mode, isDefault, type.value()));
    }
  }

  /** How the API logs to CloudWatch Logs. */
  public enum LoggingStatus {
    /** Field-level logs at ERROR, INFO, DEBUG or ALL, with a role to write them. */
    ENABLED,
    /** No {@code LogConfig}, or logging turned off ({@code Logging: false}). */
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
  public record Logging(LoggingStatus status, Optional<Member> property, Optional<Member> level) {

    /**
     * From {@code LogConfig} ({@code FieldLogLevel}, {@code CloudWatchLogsRoleArn}); SAM's
     * {@code Logging} is that or a boolean, serverless.yml's {@code logging} has {@code level}
     * and {@code enabled}; both create the role themselves.
     */
    public static Logging of(Optional<Member> property, Kind kind) {
      if (property.isEmpty()) {
        // Without Logging, SAM's defaults decide; not evaluated here.
        return new Logging(kind == Kind.SAM ? LoggingStatus.UNKNOWN : LoggingStatus.ABSENT,
            property, Optional.empty());
      }
      Node value = property.get().value();
      Optional<Boolean> on = booleanValue(value);
      if (kind == Kind.SAM && on.isPresent()) {
        return new Logging(on.get() ? LoggingStatus.UNKNOWN : LoggingStatus.ABSENT, property,
            Optional.empty());
      }
      if (Intrinsic.of(value).isPresent() || !(value instanceof ObjectNode config)) {
        return new Logging(LoggingStatus.UNKNOWN, property, Optional.empty());
      }
      if (kind == Kind.SERVERLESS && config.get("enabled").flatMap(AppSyncApi::booleanValue)
          .filter(enabled -> !enabled).isPresent()) {
        return new Logging(LoggingStatus.ABSENT, property, Optional.empty());
      }
      Optional<Member> level = config.member(kind.fieldLogLevel());
      if (level.isPresent() && (Intrinsic.of(level.get().value()).isPresent()
          || level.get().value().asString().filter(l -> l.contains("${")).isPresent())) {
        return new Logging(LoggingStatus.UNKNOWN, property, level);
      }
      if (level.flatMap(l -> l.value().asString()).map(l -> l.equalsIgnoreCase("NONE"))
          .orElse(true)) {
        return new Logging(LoggingStatus.NO_FIELD_LOGS, property, level);
      }
      return new Logging(kind != Kind.CLOUDFORMATION || config.has("CloudWatchLogsRoleArn")
          ? LoggingStatus.ENABLED : LoggingStatus.NO_ROLE, property, level);
    }
  }

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
    return kind.description + " " + name;
  }

  /**
   * Whether introspection is on: {@code IntrospectionConfig} (default {@code ENABLED}), or
   * serverless.yml's {@code introspection} (default {@code true}); empty when not evaluable or
   * the API cannot set it (SAM).
   */
  public Optional<Boolean> introspectionEnabled() {
    if (kind == Kind.SAM) {
      return Optional.empty();
    }
    if (introspection.isEmpty()) {
      return Optional.of(true);
    }
    Node value = introspection.get().value();
    if (kind == Kind.SERVERLESS) {
      return booleanValue(value);
    }
    return Intrinsic.of(value).isPresent() ? Optional.empty()
        : value.asString().map(v -> !v.equalsIgnoreCase("DISABLED"));
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
