package dev.sfnappsynclint.rules.controltower;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "GQL038",
    name = "AppSyncCacheTransitEncryptionControl",
    severity = Severity.WARNING,
    summary = "CT.APPSYNC.PR.4: an AppSync API cache in a template does not set "
        + "TransitEncryptionEnabled: true.",
    description = "The AWS Control Tower proactive control CT.APPSYNC.PR.4 requires every "
        + "AppSync API cache to have encryption in transit enabled: TransitEncryptionEnabled "
        + "true on the AWS::AppSync::ApiCache.",
    tags = {"policy", "security", "appsync"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    presets = "aws-control-tower",
    awsDocs = {
        "https://docs.aws.amazon.com/controltower/latest/controlreference/appsync-rules.html#ct-appsync-pr-4-description",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-apicache.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::ApiCache` (or an `AWS::Serverless::GraphQLApi`'s `Cache`) whose
        `TransitEncryptionEnabled` is missing or `false`. A policy rule: off by default, on with
        `presets: [aws-control-tower]` or `rules: {GQL038: on}`.

        ## Why it matters
        "[CT.APPSYNC.PR.4] Require an AWS AppSync GraphQL API cache to have encryption in
        transit enabled" (AWS Control Tower, *AWS AppSync controls*). Where the control is
        enabled, a template that breaks it fails to deploy.

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
              ApiCachingBehavior: FULL_REQUEST_CACHING
              Type: SMALL
              Ttl: 300
              TransitEncryptionEnabled: false
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
              ApiCachingBehavior: FULL_REQUEST_CACHING
              Type: SMALL
              Ttl: 300
              TransitEncryptionEnabled: true
        ```
        """)
public final class AppSyncCacheTransitEncryptionControl implements AppSyncApiRule {

  @Override
  public void check(AppSyncApi api, Findings findings) {
    for (AppSyncApi.Cache cache : api.caches()) {
      CacheEncryption.check(api, cache, cache.transitEncryption(), api.kind().transitEncryption(),
          "CT.APPSYNC.PR.4", findings);
    }
  }
}
