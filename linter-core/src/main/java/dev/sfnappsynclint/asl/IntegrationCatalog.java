package dev.sfnappsynclint.asl;

import static dev.sfnappsynclint.asl.IntegrationPattern.REQUEST_RESPONSE;
import static dev.sfnappsynclint.asl.IntegrationPattern.SYNC;
import static dev.sfnappsynclint.asl.IntegrationPattern.SYNC2;
import static dev.sfnappsynclint.asl.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The optimised integrations a Task can name as {@code arn:aws:states:::service:action[.suffix]},
 * with the integration patterns each action supports. Written from the AWS documentation:
 * "Integrating optimized services with Step Functions"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html, the table of
 * services and patterns) and each service's page linked from it (the supported APIs), plus the
 * HTTP Task (https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html).
 *
 * <p>Every optimised service is listed, so a service missing here is not one. Where the linter
 * is sure of a service's whole list of actions and their patterns, the service is
 * {@link Service#certain() certain}: an action or pattern it does not list is one Step Functions
 * rejects. For the others the actions listed are known good and nothing else is concluded.
 *
 * <p>AWS SDK integrations ({@code aws-sdk:service:action}) are not listed: any service and action
 * is accepted, with Request Response and {@code .waitForTaskToken} but never {@code .sync}
 * (table "AWS SDK integrations in Step Functions" of the same page).
 */
public final class IntegrationCatalog {

  /** The page the table is written from, for messages and rule documentation. */
  public static final String DOCS =
      "https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html";

  /** The patterns AWS SDK integrations support. */
  public static final Set<IntegrationPattern> SDK_PATTERNS =
      EnumSet.of(REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN);

  /**
   * One optimised service.
   *
   * @param name as written in the resource ({@code dynamodb}, {@code elasticmapreduce})
   * @param title as the documentation names it
   * @param docs the service's page in the Step Functions developer guide
   * @param certain the actions and patterns listed are all there are
   * @param actions each action with the patterns it supports, in documentation order
   */
  public record Service(String name, String title, String docs, boolean certain,
      Map<String, Set<IntegrationPattern>> actions) {

    public Optional<Set<IntegrationPattern>> patterns(String action) {
      return Optional.ofNullable(actions.get(action));
    }
  }

  private static final Map<String, Service> SERVICES = new LinkedHashMap<>();

  private static final Set<IntegrationPattern> RR = EnumSet.of(REQUEST_RESPONSE);
  private static final Set<IntegrationPattern> RR_SYNC = EnumSet.of(REQUEST_RESPONSE, SYNC);
  private static final Set<IntegrationPattern> RR_TOKEN =
      EnumSet.of(REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN);

  static {
    service("apigateway", "Amazon API Gateway", "connect-api-gateway.html", true,
        "invoke", RR_TOKEN);
    service("athena", "Amazon Athena", "connect-athena.html", true,
        "startQueryExecution", RR_SYNC, "stopQueryExecution", RR, "getQueryExecution", RR,
        "getQueryResults", RR);
    service("batch", "AWS Batch", "connect-batch.html", true, "submitJob", RR_SYNC);
    service("bedrock", "Amazon Bedrock", "connect-bedrock.html", false,
        "invokeModel", RR, "createModelCustomizationJob",
        EnumSet.of(REQUEST_RESPONSE, SYNC, WAIT_FOR_TASK_TOKEN),
        "createModelInvocationJob", EnumSet.of(REQUEST_RESPONSE, SYNC, WAIT_FOR_TASK_TOKEN));
    service("codebuild", "AWS CodeBuild", "connect-codebuild.html", false,
        "startBuild", RR_SYNC, "stopBuild", RR, "batchDeleteBuilds", RR, "batchGetReports", RR,
        "startBuildBatch", RR_SYNC, "retryBuildBatch", RR_SYNC, "stopBuildBatch", RR,
        "deleteBuildBatch", RR);
    service("dynamodb", "Amazon DynamoDB", "connect-ddb.html", true,
        "getItem", RR, "putItem", RR, "updateItem", RR, "deleteItem", RR);
    service("ecs", "Amazon ECS/Fargate", "connect-ecs.html", true,
        "runTask", EnumSet.of(REQUEST_RESPONSE, SYNC, WAIT_FOR_TASK_TOKEN));
    service("eks", "Amazon EKS", "connect-eks.html", false,
        "createCluster", RR_SYNC, "deleteCluster", RR_SYNC, "createFargateProfile", RR_SYNC,
        "deleteFargateProfile", RR_SYNC, "createNodegroup", RR_SYNC, "deleteNodegroup", RR_SYNC,
        "runJob", RR_SYNC, "call", RR);
    service("elasticmapreduce", "Amazon EMR", "connect-emr.html", false,
        "createCluster", RR_SYNC, "terminateCluster", RR_SYNC, "addStep", RR_SYNC,
        "cancelStep", RR, "setClusterTerminationProtection", RR,
        "modifyInstanceFleetByName", RR, "modifyInstanceGroupByName", RR);
    service("emr-containers", "Amazon EMR on EKS", "connect-emr-eks.html", false,
        "createVirtualCluster", RR, "deleteVirtualCluster", RR_SYNC, "startJobRun", RR_SYNC);
    service("emr-serverless", "Amazon EMR Serverless", "connect-emr-serverless.html", false,
        "createApplication", RR_SYNC, "startApplication", RR_SYNC, "stopApplication", RR_SYNC,
        "deleteApplication", RR_SYNC, "startJobRun", RR_SYNC, "cancelJobRun", RR_SYNC);
    service("events", "Amazon EventBridge", "connect-eventbridge.html", true,
        "putEvents", RR_TOKEN);
    service("glue", "AWS Glue", "connect-glue.html", true, "startJobRun", RR_SYNC);
    service("databrew", "AWS Glue DataBrew", "connect-databrew.html", true,
        "startJobRun", RR_SYNC);
    service("lambda", "AWS Lambda", "connect-lambda.html", true, "invoke", RR_TOKEN);
    service("mediaconvert", "AWS Elemental MediaConvert", "connect-mediaconvert.html", true,
        "createJob", RR_SYNC);
    service("sagemaker", "Amazon SageMaker AI", "connect-sagemaker.html", false,
        "createEndpoint", RR, "createEndpointConfig", RR, "createHyperParameterTuningJob",
        RR_SYNC, "createLabelingJob", RR_SYNC, "createModel", RR, "createProcessingJob", RR_SYNC,
        "createTrainingJob", RR_SYNC, "createTransformJob", RR_SYNC, "updateEndpoint", RR);
    service("sns", "Amazon SNS", "connect-sns.html", true, "publish", RR_TOKEN);
    service("sqs", "Amazon SQS", "connect-sqs.html", true, "sendMessage", RR_TOKEN);
    service("states", "AWS Step Functions", "connect-stepfunctions.html", true,
        "startExecution", EnumSet.of(REQUEST_RESPONSE, SYNC, SYNC2, WAIT_FOR_TASK_TOKEN));
    service("http", "HTTP Task", "call-https-apis.html", true, "invoke", RR);
  }

  private IntegrationCatalog() {
  }

  /** The optimised service written as {@code name} in a resource ARN, if there is one. */
  public static Optional<Service> service(String name) {
    return Optional.ofNullable(SERVICES.get(name));
  }

  /** The names of every optimised service, in documentation order. */
  public static List<String> serviceNames() {
    return List.copyOf(SERVICES.keySet());
  }

  @SuppressWarnings("unchecked")
  private static void service(String name, String title, String page, boolean certain,
      Object... actionsAndPatterns) {
    Map<String, Set<IntegrationPattern>> actions = new LinkedHashMap<>();
    for (int i = 0; i < actionsAndPatterns.length; i += 2) {
      actions.put((String) actionsAndPatterns[i],
          java.util.Collections.unmodifiableSet(
          EnumSet.copyOf((Set<IntegrationPattern>) actionsAndPatterns[i + 1])));
    }
    SERVICES.put(name, new Service(name, title,
        "https://docs.aws.amazon.com/step-functions/latest/dg/" + page, certain,
        java.util.Collections.unmodifiableMap(actions)));
  }
}
