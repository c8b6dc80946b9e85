package dev.sfnappsynclint.rules.controltower;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "GQL039",
    name = "AppSyncCacheAtRestEncryptionControl",
    severity = Severity.WARNING,
    summary = "CT.APPSYNC.PR.5: an AppSync API cache in a template does not set "
        + "AtRestEncryptionEnabled: true.",
    description = "The AWS Control Tower proactive control CT.APPSYNC.PR.5 requires every "
        + "AppSync API cache to have encryption at rest enabled: AtRestEncryptionEnabled true "
        + "on the AWS::AppSync::ApiCache. AppSync now encrypts every cache at rest whatever the "
        + "template says, so this is only about passing the control's check of the property; "
        + "no other rule reports at-rest encryption.",
    tags = {"policy", "security", "appsync"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    presets = "aws-control-tower",
    awsDocs = {
        "https://docs.aws.amazon.com/controltower/latest/controlreference/appsync-rules.html#ct-appsync-pr-5-description",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-apicache.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::ApiCache` (or an `AWS::Serverless::GraphQLApi`'s `Cache`) whose
        `AtRestEncryptionEnabled` is missing or `false`. A policy rule: off by default, on with
        `presets: [aws-control-tower]` or `rules: {GQL039: on}`.

        ## Why it matters
        "[CT.APPSYNC.PR.5] Require an AWS AppSync GraphQL API cache to have encryption at rest
        enabled" (AWS Control Tower, *AWS AppSync controls*). Where the control is enabled, a
        template that does not set the property fails to deploy, even though AppSync encrypts
        every cache at rest anyway.

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
              TransitEncryptionEnabled: true
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
              AtRestEncryptionEnabled: true
        ```
        """)
public final class AppSyncCacheAtRestEncryptionControl implements AppSyncApiRule {

  @Override
  public void check(AppSyncApi api, Findings findings) {
    for (AppSyncApi.Cache cache : api.caches()) {
      CacheEncryption.check(api, cache, cache.atRestEncryption(), api.kind().atRestEncryption(),
          "CT.APPSYNC.PR.5", findings);
    }
  }
}
