#!/usr/bin/env bash
# This tool against asl-validator (the npm package, at a pinned version installed into a folder
# this script creates), on the two cases users wait for:
#  1. one small clean definition, cold: a whole process per run, as an editor or a pre-commit
#     hook runs it; each tool REPS times, alternating, median wall time;
#  2. a whole folder: this tool in one run over everything it lints (ASL files, templates,
#     GraphQL schemas), against asl-validator in one Node process over the folder's ASL files
#     (*.asl, *.asl.json, *.asl.yaml, *.asl.yml): its in-process time (read, parse, validate) and
#     the whole process's wall time. Median of FOLDER_REPS runs each.
# Prints both times and the ratios (this tool / asl-validator: below 1 is faster).
#
# Usage: benchmarks/compare.sh [FILE [FOLDER]]
#   FILE    default benchmarks/compare/small.asl.json
#   FOLDER  default ../shared/corpus (relative to the repository)
# Environment: REPS (default 9), FOLDER_REPS (default 3), ASL_VALIDATOR_VERSION (default
# 4.0.0); JAVA_HOME picks the Java, as for the launcher (the CLI must have been built with the
# same Java for its class-data archive to be used; the first line says whether it is). Needs
# Java 17+, Node.js with npm, GNU date; builds the CLI when cli/target/sfn-appsync-lint is
# missing. Timings on a shared machine vary from run to run: the
# ratios, measured in one run with the tools alternating, are what to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
file=${1:-benchmarks/compare/small.asl.json}
folder=${2:-../shared/corpus}
reps=${REPS:-9}
folder_reps=${FOLDER_REPS:-3}
version=${ASL_VALIDATOR_VERSION:-4.0.0}

[ -f "$file" ] || { echo "no such file: $file" >&2; exit 2; }
[ -d "$folder" ] || { echo "no such folder: $folder" >&2; exit 2; }

launcher=$root/cli/target/sfn-appsync-lint
jar=$root/cli/target/sfn-appsync-lint.jar
if [ ! -x "$launcher" ] || [ ! -f "$jar" ]; then
  echo "Building the CLI..."
  ./mvnw -q -B package -DskipTests -Dinvoker.skip -pl cli -am
fi

peer=$root/benchmarks/target/asl-validator-$version
if [ ! -x "$peer/node_modules/.bin/asl-validator" ]; then
  echo "Installing asl-validator@$version into $peer..."
  mkdir -p "$peer"
  npm install --prefix "$peer" --no-audit --no-fund --silent "asl-validator@$version" > /dev/null
fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Wall milliseconds of one run of a command, output discarded (exit codes 0 and 1 are answers).
time_ms() {
  local start end status=0
  start=$(now_ms)
  "$@" > /dev/null 2>&1 || status=$?
  end=$(now_ms)
  if [ "$status" -gt 1 ]; then
    echo "failed with exit code $status: $*" >&2
    exit 2
  fi
  echo $(( end - start ))
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }

case "$file" in
  *.yaml|*.yml) peer_file_option=--yaml-path ;;
  *) peer_file_option=--json-path ;;
esac

# The Java the launcher runs: JAVA_HOME's, else java on PATH (as the launcher chooses).
java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
fi
# The archive is only used by the Java that wrote it (the build's): say when it is not.
if "$java" -XX:SharedArchiveFile="${jar%.jar}.jsa" -Xshare:on -Xlog:disable -Xlog:all=off \
    -jar "$jar" --version > /dev/null 2>&1; then
  archive="class-data archive used"
else
  archive="class-data archive NOT usable with this Java: rebuild the CLI with it"
fi

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "Java: $("$java" -version 2>&1 | head -1) ($archive); Node.js: $(node --version); asl-validator $version"
echo
echo "1. One file, cold ($file), median of $reps runs each:"
ours=""
jar_runs=""
theirs=""
for _ in $(seq "$reps"); do
  ours="$ours $(time_ms "$launcher" "$file")"
  jar_runs="$jar_runs $(time_ms "$java" -jar "$jar" "$file")"
  theirs="$theirs $(time_ms "$peer/node_modules/.bin/asl-validator" "$peer_file_option" "$file")"
done
ours=$(echo "$ours" | median)
jar_runs=$(echo "$jar_runs" | median)
theirs=$(echo "$theirs" | median)
echo "   sfn-appsync-lint (launcher)   $(seconds "$ours")   ratio $(ratio "$ours" "$theirs")"
echo "   sfn-appsync-lint (java -jar)  $(seconds "$jar_runs")   ratio $(ratio "$jar_runs" "$theirs")"
echo "   asl-validator                 $(seconds "$theirs")"

asl_files=()
while IFS= read -r -d '' f; do
  asl_files+=("$f")
done < <(find "$folder" -type f \( -name '*.asl' -o -name '*.asl.json' -o -name '*.asl.yaml' \
  -o -name '*.asl.yml' \) -print0 | sort -z)
all_files=$(find "$folder" -type f | wc -l | tr -d ' ')

echo
echo "2. A whole folder ($folder), median of $folder_reps runs each:"
ours=""
peak=""
in_process=""
theirs=""
for _ in $(seq "$folder_reps"); do
  if [ -x /usr/bin/time ]; then
    start=$(now_ms)
    /usr/bin/time -f '%M' -o "$peer/rss.txt" "$launcher" "$folder" > /dev/null 2>&1 || true
    ours="$ours $(( $(now_ms) - start ))"
    peak="$peak $(tail -1 "$peer/rss.txt")"
  else
    ours="$ours $(time_ms "$launcher" "$folder")"
  fi
  start=$(now_ms)
  result=$(node benchmarks/compare/asl-validator-folder.js "$peer/node_modules" "${asl_files[@]}")
  theirs="$theirs $(( $(now_ms) - start ))"
  in_process="$in_process $(echo "$result" | sed 's/.*"ms":\([0-9.]*\).*/\1/' | cut -d. -f1)"
done
ours=$(echo "$ours" | median)
theirs=$(echo "$theirs" | median)
in_process=$(echo "$in_process" | median)
echo "   sfn-appsync-lint, all $all_files files in one run        $(seconds "$ours")${peak:+, peak RSS $(( $(echo "$peak" | tr ' ' '\n' | sort -n | tail -1) / 1024 )) MB}"
echo "   asl-validator, its ${#asl_files[@]} ASL files, one process   $(seconds "$theirs") (in-process $(seconds "$in_process"))"
echo "   ratio to asl-validator's in-process time   $(ratio "$ours" "$in_process")"
echo "   ratio to asl-validator's process time      $(ratio "$ours" "$theirs")"
