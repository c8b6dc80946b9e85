package dev.sfnappsynclint.appsync;

import dev.sfnappsynclint.template.CloudFormationTemplate;
import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.template.TemplateResource;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AppSync schemas a CloudFormation/SAM template deploys, each with its API's auth
 * configuration: {@code AWS::AppSync::GraphQLSchema} ({@code Definition} inline, or
 * {@code DefinitionS3Location} as a local file before {@code aws cloudformation package}),
 * linked by {@code ApiId} ({@code !GetAtt Api.ApiId}, {@code Fn::GetAtt}, {@code !Ref}) to its
 * {@code AWS::AppSync::GraphQLApi} ({@code AuthenticationType},
 * {@code AdditionalAuthenticationProviders}); and {@code AWS::Serverless::GraphQLApi}
 * ({@code SchemaInline} or {@code SchemaUri}, {@code Auth: {Type, Additional}}). What the linter
 * cannot evaluate (an intrinsic function, an S3 URI) is left alone.
 */
public final class AppSyncTemplates {

  public static final String GRAPHQL_API = "AWS::AppSync::GraphQLApi";
  public static final String GRAPHQL_SCHEMA = "AWS::AppSync::GraphQLSchema";
  public static final String SERVERLESS_API = "AWS::Serverless::GraphQLApi";
  public static final String API_CACHE = "AWS::AppSync::ApiCache";

  private AppSyncTemplates() {}

  /** Where a schema is written. */
  public sealed interface Definition {
    /** A string of the template. */
    record Inline(Member property, ScalarNode text) implements Definition {}

    /** A local file, relative to the template. */
    record File(Member property, String path) implements Definition {}
  }

  /** One deployed schema. */
  public record Schema(TemplateResource resource, Definition definition,
      Optional<AuthConfiguration> auth) {}

  public static List<Schema> find(CloudFormationTemplate template) {
    Map<String, TemplateResource> byId = new HashMap<>();
    template.resources().forEach(r -> byId.put(r.logicalId(), r));
    List<Schema> schemas = new ArrayList<>();
    for (TemplateResource resource : template.resourcesOfType(Set.of(GRAPHQL_SCHEMA,
        SERVERLESS_API))) {
      boolean sam = resource.type().equals(SERVERLESS_API);
      Optional<Definition> definition = definition(resource,
          sam ? "SchemaInline" : "Definition", sam ? "SchemaUri" : "DefinitionS3Location");
      if (definition.isEmpty()) {
        continue;
      }
      Optional<AuthConfiguration> auth = sam ? samAuth(resource)
          : resource.propertyValue("ApiId").flatMap(AppSyncTemplates::referencedId)
              .map(byId::get).filter(api -> api.type().equals(GRAPHQL_API))
              .flatMap(AppSyncTemplates::apiAuth);
      schemas.add(new Schema(resource, definition.get(), auth));
    }
    return schemas;
  }

  /**
   * The template's AppSync APIs, each with the schema and cache resources whose {@code ApiId}
   * names it.
   */
  public static List<AppSyncApi> apis(CloudFormationTemplate template) {
    Map<String, List<AppSyncApi.Cache>> caches = new HashMap<>();
    Map<String, List<AppSyncApi.SchemaDefinition>> schemas = new HashMap<>();
    for (TemplateResource resource : template.resourcesOfType(Set.of(API_CACHE,
        GRAPHQL_SCHEMA))) {
      Optional<String> api = resource.propertyValue("ApiId")
          .flatMap(AppSyncTemplates::referencedId);
      if (api.isEmpty()) {
        continue;
      }
      if (resource.type().equals(API_CACHE)) {
        caches.computeIfAbsent(api.get(), k -> new ArrayList<>()).add(new AppSyncApi.Cache(
            resource.logicalId(), resource.idNode(),
            resource.property("TransitEncryptionEnabled"),
            resource.property("AtRestEncryptionEnabled")));
      } else {
        schemas.computeIfAbsent(api.get(), k -> new ArrayList<>()).add(
            new AppSyncApi.SchemaDefinition(resource.logicalId(), resource.idNode(),
                resource.property("Definition"), resource.property("DefinitionS3Location")));
      }
    }
    List<AppSyncApi> apis = new ArrayList<>();
    for (TemplateResource resource : template.resourcesOfType(Set.of(GRAPHQL_API,
        SERVERLESS_API))) {
      String id = resource.logicalId();
      if (resource.type().equals(SERVERLESS_API)) {
        List<AppSyncApi.Cache> samCache = new ArrayList<>();
        resource.property("Cache").filter(m -> m.value() instanceof ObjectNode)
            .ifPresent(m -> samCache.add(new AppSyncApi.Cache(id + ".Cache", m.key(),
                ((ObjectNode) m.value()).member("TransitEncryptionEnabled"),
                ((ObjectNode) m.value()).member("AtRestEncryptionEnabled"))));
        apis.add(new AppSyncApi(id, resource.idNode().source(), resource.idNode(),
            AppSyncApi.Kind.SAM,
            samProviders(resource), AppSyncApi.Logging.of(resource.property("Logging"),
                AppSyncApi.Kind.SAM),
            Optional.empty(), Optional.empty(), samCache, List.of(
                new AppSyncApi.SchemaDefinition(id, resource.idNode(),
                    resource.property("SchemaInline"), resource.property("SchemaUri")))));
      } else {
        apis.add(new AppSyncApi(id, resource.idNode().source(), resource.idNode(),
            AppSyncApi.Kind.CLOUDFORMATION,
            providers(resource), AppSyncApi.Logging.of(
                resource.property("LogConfig"), AppSyncApi.Kind.CLOUDFORMATION),
            resource.property("Visibility"), resource.property("IntrospectionConfig"),
            caches.getOrDefault(id, List.of()), schemas.getOrDefault(id, List.of())));
      }
    }
    return apis;
  }

  private static List<AppSyncApi.AuthProvider> providers(TemplateResource api) {
    List<AppSyncApi.AuthProvider> providers = new ArrayList<>();
    api.property("AuthenticationType").ifPresent(m -> provider(m, true, providers));
    api.propertyValue("AdditionalAuthenticationProviders")
        .filter(ArrayNode.class::isInstance).map(ArrayNode.class::cast)
        .ifPresent(list -> list.elements().stream().filter(ObjectNode.class::isInstance)
            .map(ObjectNode.class::cast)
            .forEach(entry -> entry.member("AuthenticationType")
                .ifPresent(m -> provider(m, false, providers))));
    return providers;
  }

  private static List<AppSyncApi.AuthProvider> samProviders(TemplateResource api) {
    List<AppSyncApi.AuthProvider> providers = new ArrayList<>();
    Optional<ObjectNode> auth = api.propertyValue("Auth").filter(ObjectNode.class::isInstance)
        .map(ObjectNode.class::cast);
    auth.flatMap(a -> a.member("Type")).ifPresent(m -> provider(m, true, providers));
    auth.flatMap(a -> a.get("Additional")).filter(ArrayNode.class::isInstance)
        .map(ArrayNode.class::cast)
        .ifPresent(list -> list.elements().stream().filter(ObjectNode.class::isInstance)
            .map(ObjectNode.class::cast)
            .forEach(entry -> entry.member("Type").ifPresent(m -> provider(m, false,
                providers))));
    return providers;
  }

  private static void provider(Member type, boolean isDefault,
      List<AppSyncApi.AuthProvider> providers) {
    AppSyncApi.AuthProvider.of(type, isDefault).ifPresent(providers::add);
  }

  private static Optional<Definition> definition(TemplateResource resource, String inline,
      String file) {
    Optional<Member> text = resource.property(inline);
    if (text.isPresent()) {
      Node value = text.get().value();
      if (Intrinsic.of(value).isEmpty() && value instanceof ScalarNode scalar
          && scalar.kind() == ScalarNode.Kind.STRING) {
        return Optional.of(new Definition.Inline(text.get(), scalar));
      }
      return Optional.empty();
    }
    Optional<Member> location = resource.property(file);
    if (location.isPresent() && Intrinsic.of(location.get().value()).isEmpty()) {
      Optional<String> path = location.get().value().asString();
      if (path.isPresent() && !path.get().contains("://") && !path.get().isBlank()) {
        return Optional.of(new Definition.File(location.get(), path.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The logical id {@code ApiId} names: {@code !GetAtt Api.ApiId}, {@code Fn::GetAtt},
   * {@code !Ref Api}.
   */
  static Optional<String> referencedId(Node apiId) {
    Optional<Intrinsic> intrinsic = Intrinsic.of(apiId);
    if (intrinsic.isEmpty()) {
      return Optional.empty();
    }
    Node argument = intrinsic.get().argument();
    // In the short form the argument is the tagged node itself: !Ref Api, !GetAtt Api.ApiId.
    Optional<String> text = argument instanceof ScalarNode scalar
        && scalar.kind() == ScalarNode.Kind.STRING ? Optional.of(scalar.text()) : Optional.empty();
    if (intrinsic.get().is("Ref")) {
      return text;
    }
    if (intrinsic.get().is("Fn::GetAtt")) {
      if (argument instanceof ArrayNode list && !list.elements().isEmpty()) {
        return list.elements().get(0).asString();
      }
      return text.map(t -> t.contains(".") ? t.substring(0, t.indexOf('.')) : t);
    }
    return Optional.empty();
  }

  /** {@code AuthenticationType} and {@code AdditionalAuthenticationProviders} of a GraphQLApi. */
  private static Optional<AuthConfiguration> apiAuth(TemplateResource api) {
    Optional<Member> type = api.property("AuthenticationType");
    Optional<AuthMode> mode = type.flatMap(m -> m.value().asString()).flatMap(AuthMode::parse);
    if (mode.isEmpty()) {
      return Optional.empty();
    }
    List<AuthMode> additional = new ArrayList<>();
    Optional<Node> providers = api.propertyValue("AdditionalAuthenticationProviders");
    if (providers.isPresent()) {
      if (!(providers.get() instanceof ArrayNode list)) {
        return Optional.empty();
      }
      for (Node provider : list.elements()) {
        Optional<AuthMode> extra = provider instanceof ObjectNode object
            ? object.string("AuthenticationType").flatMap(AuthMode::parse) : Optional.empty();
        if (extra.isEmpty()) {
          return Optional.empty(); // Not evaluable: the modes are not known.
        }
        additional.add(extra.get());
      }
    }
    return Optional.of(new AuthConfiguration(mode.get(), additional,
        origin("AuthenticationType", api, type.get())));
  }

  /** SAM's {@code Auth: {Type, Additional: [{Type}]}}. */
  private static Optional<AuthConfiguration> samAuth(TemplateResource api) {
    Optional<Member> auth = api.property("Auth");
    if (auth.isEmpty() || !(auth.get().value() instanceof ObjectNode object)) {
      return Optional.empty();
    }
    Optional<Member> type = object.member("Type");
    Optional<AuthMode> mode = type.flatMap(m -> m.value().asString()).flatMap(AuthMode::parse);
    if (mode.isEmpty()) {
      return Optional.empty();
    }
    List<AuthMode> additional = new ArrayList<>();
    Optional<Node> more = object.get("Additional");
    if (more.isPresent()) {
      if (!(more.get() instanceof ArrayNode list)) {
        return Optional.empty();
      }
      for (Node provider : list.elements()) {
        Optional<AuthMode> extra = provider instanceof ObjectNode entry
            ? entry.string("Type").flatMap(AuthMode::parse) : Optional.empty();
        if (extra.isEmpty()) {
          return Optional.empty();
        }
        additional.add(extra.get());
      }
    }
    return Optional.of(new AuthConfiguration(mode.get(), additional,
        origin("Auth", api, auth.get())));
  }

  private static String origin(String property, TemplateResource api, Member member) {
    return property + " of " + api.logicalId() + " in " + member.key().source().displayPath()
        + ":" + member.key().range().start().line();
  }
}
