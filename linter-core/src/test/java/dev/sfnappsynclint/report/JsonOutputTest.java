package dev.sfnappsynclint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

  @Test
  void aDocumentThatFailsHalfWayIsLeftVisiblyCutOff() {
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> JsonOutput.stream(out, json -> {
      json.writeStartObject();
      json.writeStringProperty("tool", "sfn-appsync-lint");
      json.writeArrayPropertyStart("findings");
      json.writeTree(JsonOutput.object().put("ruleId", "ASL001"));
      throw new IllegalStateException("failed in the middle of the report");
    })).hasMessageContaining("failed in the middle");
    // No closing brackets written for it: a reader of standard output must not take the part
    // for a whole report (a SARIF upload with results missing).
    assertThat(out.toString()).contains("\"ASL001\"").doesNotContain("]");
    assertThatThrownBy(() -> JsonOutput.MAPPER.readTree(out.toString()))
        .isInstanceOf(tools.jackson.core.JacksonException.class);
  }
}
