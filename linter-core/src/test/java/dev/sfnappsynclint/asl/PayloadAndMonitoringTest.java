package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.tree.Node;
import org.junit.jupiter.api.Test;

/** Payload sizes counted by hand, and logging and tracing settings read from templates. */
class PayloadAndMonitoringTest {

  private static Node parameters(String json) throws Exception {
    return Machines.json("""
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": %s, "End": true}}}
        """.formatted(json)).states().get(0).field("Parameters").orElseThrow();
  }

  @Test
  void literalPartsCountAsCompactUtf8AndRunTimePartsAtTheirSmallest() throws Exception {
    // {"a":"xyz"}: 2 braces + "a" 3 + colon 1 + "xyz" 5.
    assertThat(PayloadSize.minimumBytes(parameters("{\"a\": \"xyz\"}"), QueryLanguage.JSONPATH))
        .isEqualTo(11);
    // {"a":1,"b":[true,null]}: 2 + 3+1+1 + comma 1 + 3+1 + [true,null] 11.
    assertThat(PayloadSize.minimumBytes(parameters("{\"a\": 1, \"b\": [true, null]}"),
        QueryLanguage.JSONPATH)).isEqualTo(23);
    // {"in":?} with ? the smallest value: 2 + 4 + 1 + 1.
    assertThat(PayloadSize.minimumBytes(parameters("{\"in.$\": \"$.very.long.path\"}"),
        QueryLanguage.JSONPATH)).isEqualTo(8);
    // "é" is 2 bytes, "€" 3, a quote escaped 2: "é€\"" = 2 + 2 + 3 + 2.
    assertThat(PayloadSize.stringBytes("é€\"")).isEqualTo(9);
    // A JSONata expression counts one byte; a placeholder nothing: {"x":?,"y":"ab"}.
    assertThat(PayloadSize.minimumBytes(parameters(
        "{\"x\": \"{% $states.input %}\", \"y\": \"a${Name}b\"}"), QueryLanguage.JSONATA))
        .isEqualTo(2 + 3 + 1 + 1 + 1 + 3 + 1 + 4);
  }

  private static MonitoringSettings settings(String properties) throws Exception {
    StateMachine machine = Machines.template("""
        Resources:
          M:
            Type: AWS::StepFunctions::StateMachine
            Properties:
        %s
              Definition: {StartAt: A, States: {A: {Type: Succeed}}}
        """.formatted(properties.indent(6).stripTrailing()));
    return MonitoringSettings.of(machine.template().orElseThrow());
  }

  @Test
  void loggingIsEnabledAtErrorOrAllWithADestination() throws Exception {
    assertThat(settings("RoleArn: r").logging().status())
        .isEqualTo(MonitoringSettings.LoggingStatus.ABSENT);
    assertThat(settings("""
        LoggingConfiguration:
          Level: ERROR
          Destinations: [{CloudWatchLogsLogGroup: {LogGroupArn: arn}}]
        """).logging().status()).isEqualTo(MonitoringSettings.LoggingStatus.ENABLED);
    assertThat(settings("LoggingConfiguration: {Level: FATAL, Destinations: [{}]}").logging()
        .status()).isEqualTo(MonitoringSettings.LoggingStatus.LEVEL_TOO_LOW);
    assertThat(settings("LoggingConfiguration: {Destinations: [{}]}").logging().status())
        .isEqualTo(MonitoringSettings.LoggingStatus.LEVEL_TOO_LOW);
    assertThat(settings("LoggingConfiguration: {Level: ALL}").logging().status())
        .isEqualTo(MonitoringSettings.LoggingStatus.NO_DESTINATION);
    assertThat(settings("LoggingConfiguration: !Ref Logging").logging().status())
        .isEqualTo(MonitoringSettings.LoggingStatus.UNKNOWN);
    assertThat(settings("LoggingConfiguration: {Level: !Ref Level, Destinations: [{}]}")
        .logging().status()).isEqualTo(MonitoringSettings.LoggingStatus.UNKNOWN);
  }

  @Test
  void tracingIsEnabledByEnabledTrue() throws Exception {
    assertThat(settings("RoleArn: r").tracing().status())
        .isEqualTo(MonitoringSettings.TracingStatus.ABSENT);
    assertThat(settings("TracingConfiguration: {Enabled: true}").tracing().status())
        .isEqualTo(MonitoringSettings.TracingStatus.ENABLED);
    assertThat(settings("TracingConfiguration: {Enabled: \"true\"}").tracing().status())
        .isEqualTo(MonitoringSettings.TracingStatus.ENABLED);
    assertThat(settings("TracingConfiguration: {Enabled: false}").tracing().status())
        .isEqualTo(MonitoringSettings.TracingStatus.DISABLED);
    assertThat(settings("TracingConfiguration: {Enabled: !Ref On}").tracing().status())
        .isEqualTo(MonitoringSettings.TracingStatus.UNKNOWN);
  }
}
