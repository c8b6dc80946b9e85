package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntegrationCatalogTest {

  @Test
  void dynamoDbHasOnlyTheFourItemActions() {
    IntegrationCatalog.Service dynamodb = IntegrationCatalog.service("dynamodb").orElseThrow();
    assertThat(dynamodb.certain()).isTrue();
    assertThat(dynamodb.actions().keySet())
        .containsExactly("getItem", "putItem", "updateItem", "deleteItem");
    assertThat(dynamodb.patterns("query")).isEmpty();
  }

  @Test
  void patternsFollowTheDocumentedTable() {
    assertThat(IntegrationCatalog.service("states").orElseThrow().patterns("startExecution"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly(IntegrationPattern.values()));
    assertThat(IntegrationCatalog.service("sqs").orElseThrow().patterns("sendMessage"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly(
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN));
    assertThat(IntegrationCatalog.SDK_PATTERNS).doesNotContain(IntegrationPattern.SYNC);
  }

  @Test
  void servicesWithoutOptimisedIntegrationsAreAbsent() {
    assertThat(IntegrationCatalog.service("s3")).isEmpty();
    assertThat(IntegrationCatalog.service("aws-sdk")).isEmpty();
    assertThat(IntegrationCatalog.serviceNames()).contains("elasticmapreduce", "emr-serverless",
        "http", "bedrock");
  }
}
