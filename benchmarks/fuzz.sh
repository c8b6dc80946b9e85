#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer: each target runs for its @FuzzTest maxDuration (10 min)
# and saves any crashing input under rules/src/test/resources/.../<Test>Inputs/<method>/, where
# every later test run replays it. Usage: benchmarks/fuzz.sh [Class#method ...]
# Prints, per target, how long it ran, how many inputs it executed and whether it found anything.
set -uo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    "ReaderFuzzTest#jsonReaderAnswersWithATreeOrASyntaxError"
    "ReaderFuzzTest#yamlReaderAnswersWithATreeOrASyntaxError"
    "ReaderFuzzTest#escapedTextHasNoControlCharacters"
    "LinterFuzzTest#anyInputLintsWithoutToolErrors"
    "PayloadFuzzTest#pathParserAnswersWithAPathOrALocatedError"
    "PayloadFuzzTest#intrinsicParserAnswersWithACallOrALocatedError"
    "JsonataFuzzTest#expressionParsesOrFailsInsideTheText"
  )
fi
./mvnw -q -B -o -pl linter-core,rules -am install -DskipTests > /dev/null || exit 2
status=0
for target in "${targets[@]}"; do
  log="target/fuzz-${target//#/-}.log"
  mkdir -p target
  start=$(date +%s)
  JAZZER_FUZZ=1 ./mvnw -B -o -pl rules test -Dtest="$target" \
    -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
  result=$?
  seconds=$(( $(date +%s) - start ))
  runs=$(grep -oE '#[0-9]+' "$log" | tail -1)
  if [ $result -eq 0 ]; then
    echo "$target: ${seconds}s, ${runs:-?} executions, nothing found"
  else
    echo "$target: ${seconds}s, ${runs:-?} executions, FAILED (see $log)"
    status=1
  fi
done
exit $status
