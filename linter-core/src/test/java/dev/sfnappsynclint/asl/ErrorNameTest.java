package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorNameTest {

  @Test
  void predefinedNamesAreTheSpecsAndTheAwsGuides() {
    assertThat(ErrorName.PREDEFINED).hasSize(17).doesNotHaveDuplicates().isSorted()
        .allSatisfy(name -> assertThat(ErrorName.isReserved(name)).isTrue())
        .contains("States.ALL", "States.TaskFailed", "States.Timeout", "States.Http.Socket",
            "States.QueryEvaluationError", "States.DataLimitExceeded", "States.Runtime");
    assertThat(ErrorName.isPredefined("States.TaskFailedId")).isFalse();
    assertThat(ErrorName.isPredefined("States.taskfailed")).isFalse();
    assertThat(ErrorName.isReserved("States.Anything")).isTrue();
    assertThat(ErrorName.isReserved("states.Anything")).isFalse();
    assertThat(ErrorName.isReserved("Lambda.ServiceException")).isFalse();
  }

  @Test
  void aNameMatchesItselfCaseSensitively() {
    assertThat(ErrorName.matches("Lambda.ServiceException", "Lambda.ServiceException")).isTrue();
    assertThat(ErrorName.matches("lambda.serviceexception", "Lambda.ServiceException")).isFalse();
    assertThat(ErrorName.matches("States.Timeout", "States.HeartbeatTimeout")).isFalse();
    // Explicitly named, even the errors no wildcard catches match themselves.
    assertThat(ErrorName.matches("States.DataLimitExceeded", "States.DataLimitExceeded")).isTrue();
  }

  @Test
  void statesAllMatchesEverythingButTheTerminalErrors() {
    for (String error : List.of("Lambda.Unknown", "States.Timeout", "States.TaskFailed",
        "States.HeartbeatTimeout", "States.Permissions", "States.QuorumMet")) {
      assertThat(ErrorName.matches("States.ALL", error)).as(error).isTrue();
    }
    assertThat(ErrorName.matches("States.ALL", "States.DataLimitExceeded")).isFalse();
    assertThat(ErrorName.matches("States.ALL", "States.Runtime")).isFalse();
  }

  @Test
  void taskFailedMatchesEverythingButTimeoutsAndTheTerminalErrors() {
    for (String error : List.of("Lambda.ServiceException", "java.lang.Exception",
        "States.Permissions", "States.ResultPathMatchFailure", "States.BranchFailed")) {
      assertThat(ErrorName.matches("States.TaskFailed", error)).as(error).isTrue();
    }
    for (String error : List.of("States.Timeout", "States.HeartbeatTimeout",
        "States.DataLimitExceeded", "States.Runtime", "States.ALL", "States.QuorumMet")) {
      assertThat(ErrorName.matches("States.TaskFailed", error)).as(error).isFalse();
    }
  }

  @Test
  void onlyTheSameWildcardShadowsAWildcard() {
    assertThat(ErrorName.shadows("States.TaskFailed", "Lambda.ServiceException")).isTrue();
    assertThat(ErrorName.shadows("Lambda.ServiceException", "Lambda.ServiceException")).isTrue();
    assertThat(ErrorName.shadows("States.TaskFailed", "States.TaskFailed")).isTrue();
    assertThat(ErrorName.shadows("States.ALL", "States.TaskFailed")).isFalse();
    assertThat(ErrorName.shadows("States.TaskFailed", "States.ALL")).isFalse();
    assertThat(ErrorName.shadows("States.TaskFailed", "States.Timeout")).isFalse();
    assertThat(ErrorName.shadows("States.ALL", "States.Timeout")).isTrue();
    assertThat(ErrorName.shadows("Lambda.ServiceException", "States.TaskFailed")).isFalse();
  }
}
