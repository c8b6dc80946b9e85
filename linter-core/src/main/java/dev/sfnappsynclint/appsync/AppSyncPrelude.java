package dev.sfnappsynclint.appsync;

import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.SDLDefinition;
import graphql.language.TypeDefinition;
import graphql.parser.MultiSourceReader;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What AppSync declares for every schema, and what the Amplify GraphQL Transformer declares for
 * its source schemas. Added to a schema when it is validated, for the names the schema does not
 * declare itself; never reported against. Parsed once per process.
 */
public final class AppSyncPrelude {

  /** The source name of the prelude's nodes: no finding points there. */
  public static final String SOURCE_NAME = "<appsync prelude>";

  /**
   * AppSync's scalars and directives (AWS AppSync developer guide: scalars, security-authz,
   * real-time data, merged APIs).
   */
  static final String APPSYNC = """
      scalar AWSDate
      scalar AWSTime
      scalar AWSDateTime
      scalar AWSTimestamp
      scalar AWSEmail
      scalar AWSJSON
      scalar AWSURL
      scalar AWSPhone
      scalar AWSIPAddress
      directive @aws_api_key on OBJECT | FIELD_DEFINITION
      directive @aws_iam on OBJECT | FIELD_DEFINITION
      directive @aws_oidc on OBJECT | FIELD_DEFINITION
      directive @aws_lambda on OBJECT | FIELD_DEFINITION
      directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
      directive @aws_auth(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
      directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
      directive @aws_publish(subscriptions: [String]) on FIELD_DEFINITION
      directive @canonical on OBJECT | FIELD_DEFINITION
      directive @hidden on OBJECT | FIELD_DEFINITION
      directive @renamed(to: String) on OBJECT | FIELD_DEFINITION
      """;

  /**
   * The directives of the Amplify GraphQL Transformer (v1 and v2, and the AI kit), with their
   * argument types; loose where Amplify versions differ.
   */
  static final String AMPLIFY = """
      directive @model(queries: ModelQueryMap, mutations: ModelMutationMap,
        subscriptions: ModelSubscriptionMap, timestamps: TimestampConfiguration) on OBJECT
      input ModelQueryMap { get: String, list: String }
      input ModelMutationMap { create: String, update: String, delete: String }
      input ModelSubscriptionMap { onCreate: [String], onUpdate: [String], onDelete: [String],
        level: ModelSubscriptionLevel }
      enum ModelSubscriptionLevel { off public on }
      input TimestampConfiguration { createdAt: String, updatedAt: String }
      directive @auth(rules: [AuthRule!]!) on OBJECT | FIELD_DEFINITION
      input AuthRule { allow: AuthStrategy!, provider: AuthProvider, identityClaim: String,
        groupClaim: String, ownerField: String, groupsField: String, groups: [String],
        operations: [ModelOperation], queries: [ModelQuery], mutations: [ModelMutation] }
      enum AuthStrategy { owner groups private public custom }
      enum AuthProvider { apiKey iam oidc userPools function identityPool }
      enum ModelOperation { create update delete read list get sync listen search }
      enum ModelQuery { get list }
      enum ModelMutation { create update delete }
      input AMPLIFY { globalAuthRule: AuthRule }
      directive @primaryKey(sortKeyFields: [String]) on FIELD_DEFINITION
      directive @index(name: String, sortKeyFields: [String],
        queryField: String) repeatable on FIELD_DEFINITION
      directive @hasOne(fields: [String!], references: [String!]) on FIELD_DEFINITION
      directive @hasMany(indexName: String, fields: [String!], references: [String!],
        limit: Int) on FIELD_DEFINITION
      directive @belongsTo(fields: [String!], references: [String!]) on FIELD_DEFINITION
      directive @manyToMany(relationName: String!, limit: Int) on FIELD_DEFINITION
      directive @function(name: String!, region: String,
        accountId: String) repeatable on FIELD_DEFINITION
      directive @http(method: HttpMethod, url: String!, headers: [HttpHeader]) on FIELD_DEFINITION
      enum HttpMethod { GET POST PUT DELETE PATCH }
      input HttpHeader { key: String, value: String }
      directive @searchable(queries: SearchableQueryMap) on OBJECT
      input SearchableQueryMap { search: String }
      directive @default(value: String!) on FIELD_DEFINITION
      directive @predictions(actions: [PredictionsActions!]!) on FIELD_DEFINITION
      enum PredictionsActions { identifyText identifyLabels convertTextToSpeech translateText }
      directive @key(name: String, fields: [String!]!, queryField: String) repeatable on OBJECT
      directive @connection(name: String, keyField: String, sortField: String, keyName: String,
        limit: Int, fields: [String!]) on FIELD_DEFINITION
      directive @versioned(versionField: String, versionInput: String) on OBJECT
      directive @mapsTo(name: String!) on OBJECT
      directive @refersTo(name: String!) on OBJECT | FIELD_DEFINITION
      directive @sql(statement: String, reference: String) on FIELD_DEFINITION
      directive @conversation(aiModel: String!, systemPrompt: String!, functionName: String,
        handler: AWSJSON, auth: AWSJSON, tools: [AWSJSON],
        inferenceConfiguration: AWSJSON) on FIELD_DEFINITION
      directive @generation(aiModel: String!, systemPrompt: String!,
        inferenceConfiguration: AWSJSON) on FIELD_DEFINITION
      """;

  private static final Map<String, String> AWS_SCALAR_HINTS = Map.of(
      "Date", "AWSDate", "Time", "AWSTime", "DateTime", "AWSDateTime", "Timestamp",
      "AWSTimestamp", "Email", "AWSEmail", "JSON", "AWSJSON", "URL", "AWSURL", "Phone",
      "AWSPhone", "IPAddress", "AWSIPAddress");

  /** The directives only the Amplify profile declares. */
  static final Set<String> AMPLIFY_DIRECTIVES;

  private static final Map<String, SDLDefinition<?>> APPSYNC_DEFINITIONS = definitions(APPSYNC);
  private static final Map<String, SDLDefinition<?>> AMPLIFY_DEFINITIONS = definitions(AMPLIFY);

  static {
    AMPLIFY_DIRECTIVES = AMPLIFY_DEFINITIONS.keySet().stream().filter(k -> k.startsWith("@"))
        .map(k -> k.substring(1)).collect(Collectors.toUnmodifiableSet());
  }

  private AppSyncPrelude() {}

  /**
   * The prelude's definitions for a profile, keyed by name ({@code @name} for directives), in
   * declaration order.
   */
  static Map<String, SDLDefinition<?>> definitions(SchemaProfile profile) {
    if (profile == SchemaProfile.APPSYNC) {
      return APPSYNC_DEFINITIONS;
    }
    Map<String, SDLDefinition<?>> all = new LinkedHashMap<>(APPSYNC_DEFINITIONS);
    all.putAll(AMPLIFY_DEFINITIONS);
    return all;
  }

  private static Map<String, SDLDefinition<?>> definitions(String sdl) {
    Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
        .document(MultiSourceReader.newMultiSourceReader().string(sdl, SOURCE_NAME).build())
        .parserOptions(ParserOptions.getDefaultSdlParserOptions()).build());
    Map<String, SDLDefinition<?>> byName = new LinkedHashMap<>();
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof DirectiveDefinition directive) {
        byName.put("@" + directive.getName(), directive);
      } else if (definition instanceof TypeDefinition<?> type) {
        byName.put(type.getName(), (SDLDefinition<?>) type);
      }
    }
    return Collections.unmodifiableMap(byName);
  }

  /** The AWS scalar a common scalar name stands for: {@code DateTime} → {@code AWSDateTime}. */
  public static Optional<String> awsScalarFor(String name) {
    return Optional.ofNullable(AWS_SCALAR_HINTS.get(name));
  }

  /** Whether a name is one of AppSync's own scalars ({@code AWSDateTime}). */
  public static boolean isAwsScalar(String name) {
    return AWS_SCALAR_HINTS.containsValue(name);
  }

  /** Every name a profile's prelude declares: types, and directives as {@code @name}. */
  public static Set<String> names(SchemaProfile profile) {
    return definitions(profile).keySet();
  }
}
