package dev.sfnappsynclint.asl;

import java.util.Optional;

/** The language a state's fields are written in. */
public enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String aslName;

  QueryLanguage(String aslName) {
    this.aslName = aslName;
  }

  public String aslName() {
    return aslName;
  }

  public static Optional<QueryLanguage> fromAslName(String name) {
    for (QueryLanguage language : values()) {
      if (language.aslName.equals(name)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
