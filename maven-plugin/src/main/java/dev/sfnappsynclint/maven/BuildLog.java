package dev.sfnappsynclint.maven;

/** The three levels the check writes to Maven's console at. */
interface BuildLog {
  void info(String message);

  void warn(String message);

  void error(String message);
}
