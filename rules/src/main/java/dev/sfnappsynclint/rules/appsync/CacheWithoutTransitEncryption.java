package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import java.util.Optional;

@LintRule(
    id = "GQL033",
    name = "CacheWithoutTransitEncryption",
    severity = Severity.WARNING,
    summary = "An AppSync API cache does not set TransitEncryptionEnabled: true.",
    description = "TransitEncryptionEnabled asks for the traffic between AppSync and the cache "
        + "to be encrypted. It cannot be changed once the cache exists: the cache has to be "
        + "deleted and created again. At-rest encryption is not reported: AppSync encrypts "
        + "every cache at rest.",
    tags = {"security", "appsync", "template"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/enabling-caching.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-apicache.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::ApiCache` (or an `AWS::Serverless::GraphQLApi`'s `Cache`) whose
        `TransitEncryptionEnabled` is missing or `false`; a `serverless.yml` `appSync` whose
        `caching` has no `transitEncryption: true`. `AtRestEncryptionEnabled` is never
        reported. A value the linter cannot evaluate (`!Ref`) is left alone.

        ## Why it matters
        Cached query results are the API's data; the setting is fixed when the cache is
        created, so it is cheapest to get right in the template.

        ## Example
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
          OrdersCache:
            Type: AWS::AppSync::ApiCache
            Properties:
              ApiId: !GetAtt OrdersApi.ApiId
              ApiCachingBehavior: PER_RESOLVER_CACHING
              Type: SMALL
              Ttl: 300
        ```

        ## Fix
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
          OrdersCache:
            Type: AWS::AppSync::ApiCache
            Properties:
              ApiId: !GetAtt OrdersApi.ApiId
              ApiCachingBehavior: PER_RESOLVER_CACHING
              Type: SMALL
              Ttl: 300
              TransitEncryptionEnabled: true
        ```
        """)
public final class CacheWithoutTransitEncryption implements AppSyncApiRule {

  @Override
  public void check(AppSyncApi api, Findings findings) {
    for (AppSyncApi.Cache cache : api.caches()) {
      Optional<Member> transit = cache.transitEncryption();
      if (transit.isEmpty()) {
        findings.report(cache.at(), "Cache %s of %s does not set %s: true; it cannot be "
            + "turned on once the cache exists.", cache.name(), api.describe(),
            api.kind().transitEncryption());
      } else if (AppSyncApi.booleanValue(transit.get().value()).filter(on -> !on).isPresent()) {
        findings.report(transit.get().key(), "Cache %s of %s turns off encryption in transit; "
            + "it cannot be turned on once the cache exists.", cache.name(), api.describe());
      }
    }
  }
}
