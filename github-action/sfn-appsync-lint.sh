#!/bin/sh
# The sfn-appsync-lint GitHub Action's step, as a POSIX shell script so that it can be run and
# tested outside GitHub: inputs come from INPUT_* variables, results go to GITHUB_OUTPUT and
# GITHUB_STEP_SUMMARY, annotations to standard output.
#
# Exit status: the linter's (0 clean, 1 findings at or above fail-on, 2 configuration or tool
# error), or 0 when SFN_APPSYNC_LINT_DEFER_FAILURE=true (action.yml fails a later step instead,
# so that the SARIF upload still happens).
set -eu

# A workflow command's message: %, CR and LF escaped as GitHub documents, so that a value from
# the event or the inputs cannot end the command and start another.
command_data() {
  printf '%s' "$1" | awk 'BEGIN { ORS = "" } { gsub(/%/, "%25"); gsub(/\r/, "%0D"); if (NR > 1) printf "%%0A"; print }'
}

fail() {
  echo "::error title=sfn-appsync-lint::$(command_data "$1")"
  write_output exit-code 2
  exit 2
}

write_output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >> "$GITHUB_OUTPUT"
  fi
}

summary() {
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat >> "$GITHUB_STEP_SUMMARY"
  else
    cat > /dev/null
  fi
}

# Reads a value from a JSON file, or the default when it is missing: jq, else Node.js, else
# Python (GitHub runners have all three). Paths are written .a.b.c.
json_value() {
  if command -v jq > /dev/null 2>&1; then
    jq -r --arg default "$3" "$2 // \$default" "$1"
  elif command -v node > /dev/null 2>&1; then
    node -e 'const [file, path, fallback] = process.argv.slice(1); const v = path.split(".").slice(1).reduce((o, k) => o == null ? o : o[k], JSON.parse(require("fs").readFileSync(file, "utf8"))); console.log(v == null ? fallback : v)' "$1" "$2" "$3"
  else
    python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))
for k in sys.argv[2].split(".")[1:]: v = v.get(k) if isinstance(v, dict) else None
print(sys.argv[3] if v is None else v)' "$1" "$2" "$3"
  fi
}

# A path input as git names files: relative to the workspace, no "./", no trailing "/"; "." for
# the workspace itself.
normalise_path() {
  p=$1
  case "$p" in
    "$workspace") p=. ;;
    "$workspace"/*) p=${p#"$workspace"/} ;;
    "$workspace_real") p=. ;;
    "$workspace_real"/*) p=${p#"$workspace_real"/} ;;
  esac
  while :; do
    case "$p" in
      ./*) p=${p#./} ;;
      */) p=${p%/} ;;
      *) break ;;
    esac
  done
  [ -n "$p" ] || p=.
  printf '%s' "$p"
}

workspace=${GITHUB_WORKSPACE:-$(pwd)}
workspace=${workspace%/}
workspace_real=$(cd "$workspace" 2> /dev/null && pwd -P || printf '%s' "$workspace")
temp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
fail_on=${INPUT_FAIL_ON:-error}
sarif=${INPUT_SARIF_FILE:-}
[ -n "$sarif" ] || sarif="$temp/sfn-appsync-lint.sarif"
case "$sarif" in /*) ;; *) sarif="$workspace/$sarif" ;; esac
json="$temp/sfn-appsync-lint.json"
markdown="$temp/sfn-appsync-lint.md"
changed="$temp/sfn-appsync-lint-changed.txt"
selected="$temp/sfn-appsync-lint-selected.txt"
# Start clean: reports are at fixed paths, and a run that stops early must not leave the last
# run's counts in the outputs, its table in the job summary or its SARIF for the upload.
rm -f "$sarif" "$json" "$markdown" "$changed" "$selected"

case "$fail_on" in
  error|warning|note|none) ;;
  *) fail "fail-on must be error, warning, note or none, not '$fail_on'." ;;
esac
case "${INPUT_ANNOTATIONS:-true}" in true|false) ;; *) fail "annotations must be true or false." ;; esac
case "${INPUT_ONLY_CHANGED:-false}" in true|false) ;; *) fail "only-changed must be true or false." ;; esac

# 1. The CLI jar: given, downloaded (and cached) for a version, or built from this checkout.
action_dir=$(cd "$(dirname "$0")" && pwd)
if [ -n "${INPUT_CLI_JAR:-}" ]; then
  jar=$INPUT_CLI_JAR
  case "$jar" in /*) ;; *) jar="$workspace/$jar" ;; esac
  [ -f "$jar" ] || fail "cli-jar '$INPUT_CLI_JAR' does not exist."
elif [ -n "${INPUT_VERSION:-}" ]; then
  version=$INPUT_VERSION
  case "$version" in
    *[!0-9A-Za-z.-]*) fail "version '$version' is not a version number." ;;
  esac
  cache="${RUNNER_TOOL_CACHE:-$temp}/sfn-appsync-lint/$version"
  jar="$cache/sfn-appsync-lint.jar"
  if [ ! -f "$jar" ]; then
    repository=${SFN_APPSYNC_LINT_MAVEN_REPOSITORY:-https://repo1.maven.org/maven2}
    url="$repository/dev/sfnappsynclint/sfn-appsync-lint-cli/$version/sfn-appsync-lint-cli-$version-all.jar"
    mkdir -p "$cache"
    echo "Downloading $url"
    curl -fsSL --retry 3 -o "$jar.part" "$url" || fail "cannot download sfn-appsync-lint $version from $url."
    expected=$(curl -fsSL --retry 3 "$url.sha1" | cut -c1-40) || fail "cannot download $url.sha1."
    actual=$(sha1sum "$jar.part" | cut -c1-40)
    [ "$expected" = "$actual" ] || fail "checksum mismatch for $url."
    mv "$jar.part" "$jar"
  fi
else
  root=$(cd "$action_dir/.." && pwd)
  jar="$root/cli/target/sfn-appsync-lint.jar"
  if [ ! -f "$jar" ]; then
    echo "Building the sfn-appsync-lint CLI from $root"
    (cd "$root" && ./mvnw -q -B package -DskipTests -pl cli -am) || fail "cannot build the CLI."
  fi
fi

# A jar from a build has the launcher beside it (cli/target/sfn-appsync-lint), which starts the
# JVM with the build's class-data-sharing archive: use it. A downloaded jar runs with java -jar
# and the launcher's other flags: the quick compiler only, and transparent huge pages on Linux
# when the kernel has them and they are on (see the launcher).
launcher=$(dirname "$jar")/sfn-appsync-lint
if [ "$(basename "$jar")" != sfn-appsync-lint.jar ] || [ ! -x "$launcher" ] || [ -d "$launcher" ]; then
  launcher=""
fi
java_options=-XX:TieredStopAtLevel=1
if [ -r /sys/kernel/mm/transparent_hugepage/enabled ]; then
  thp_mode=
  read -r thp_mode < /sys/kernel/mm/transparent_hugepage/enabled || : # no final newline: kept
  case "$thp_mode" in
    *"[never]"*) ;;
    *) java_options="$java_options -XX:+UseTransparentHugePages -Xlog:pagesize=off" ;;
  esac
fi
lint() {
  if [ -n "$launcher" ]; then
    "$launcher" "$@"
  else
    # shellcheck disable=SC2086
    java $java_options -jar "$jar" "$@"
  fi
}

# 2. What to lint: the given paths, or the files of the pull request under them.
cd "$workspace"
set -f
old_ifs=$IFS
IFS='
 	'
# shellcheck disable=SC2086
set -- ${INPUT_PATHS:-.}
IFS=$old_ifs
set +f
if [ "${INPUT_ONLY_CHANGED:-false}" = true ]; then
  event=${GITHUB_EVENT_PATH:-}
  base=""
  head=""
  if [ -n "$event" ] && [ -f "$event" ]; then
    base=$(json_value "$event" .pull_request.base.sha "")
    head=$(json_value "$event" .pull_request.head.sha "")
  fi
  case "$base$head" in
    *[!0-9a-f]*) fail "only-changed: the event's base or head is not a commit SHA." ;;
  esac
  if [ -z "$base" ] || [ -z "$head" ]; then
    echo "only-changed: not a pull request event; linting every file."
  else
    if ! git cat-file -e "$base^{commit}" 2> /dev/null; then
      git fetch --no-tags --depth=1 origin "$base" > /dev/null 2>&1 || true
    fi
    # The merge base is needed: in a shallow clone, fetch the history it is in.
    if ! git merge-base "$base" "$head" > /dev/null 2>&1 \
        && [ "$(git rev-parse --is-shallow-repository 2> /dev/null)" = true ]; then
      git fetch --no-tags --unshallow origin "$base" "$head" > /dev/null 2>&1 || true
    fi
    # -z and core.quotePath=false: names exactly as they are (git otherwise quotes non-ASCII and
    # special names, "sm/caf\303\251.asl.json"). base...head: what the pull request changes since
    # its merge base, not what main changed since. --relative: paths relative to the workspace.
    git -c core.quotePath=false diff -z --name-only --relative --diff-filter=d "$base...$head" \
      > "$changed" \
      || fail "only-changed: cannot compare $base...$head (fetch the history of both, e.g. actions/checkout with fetch-depth: 0)."
    if [ "$(tr -d '\000' < "$changed" | wc -c)" -ne "$(tr -d '\000\n' < "$changed" | wc -c)" ]; then
      # A name with a line break cannot be passed on through a POSIX shell's lines: lint more
      # rather than less.
      echo "only-changed: a changed file's name contains a line break; linting every file under the given paths."
    else
      # Keep changed files under the requested paths, each path normalised to git's form:
      # "./sm", "sm/" and "$GITHUB_WORKSPACE/sm" all mean "sm".
      : > "$selected"
      tr '\000' '\n' < "$changed" | while IFS= read -r file; do
        for path in "$@"; do
          prefix=$(normalise_path "$path")
          if [ "$prefix" = "." ] || [ "$file" = "$prefix" ] || [ "${file#"$prefix"/}" != "$file" ]; then
            [ -f "$file" ] && printf '%s\n' "$file" >> "$selected"
            break
          fi
        done
      done
      if [ ! -s "$selected" ]; then
        echo "only-changed: the pull request changes no file under the given paths."
        write_output sarif-file ""
        write_output error-count 0
        write_output warning-count 0
        write_output exit-code 0
        printf '## sfn-appsync-lint\n\nThe pull request changes no file to lint.\n' | summary
        exit 0
      fi
      set --
      while IFS= read -r file; do
        set -- "$@" "$file"
      done < "$selected"
    fi
  fi
fi

# 3. One run of the CLI: annotations (or text) on standard output, SARIF, JSON and Markdown
#    to files.
mkdir -p "$(dirname "$sarif")"
console=github
[ "${INPUT_ANNOTATIONS:-true}" = true ] || console=text
link_base=""
if [ -n "${GITHUB_REPOSITORY:-}" ] && [ -n "${GITHUB_SHA:-}" ]; then
  link_base="${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_REPOSITORY/blob/$GITHUB_SHA"
fi
# AppSync auth modes: names of letters and underscores only, so that the unquoted list below
# splits into words and nothing else.
appsync_auth=""
for mode in ${INPUT_APPSYNC_DEFAULT_AUTH:-} $(printf '%s' "${INPUT_APPSYNC_ADDITIONAL_AUTH:-}" | tr ',' ' '); do
  case "$mode" in
    *[!A-Za-z_]*) fail "appsync-default-auth and appsync-additional-auth take auth modes such as API_KEY or AWS_IAM; got \"$mode\"." ;;
  esac
done
if [ -n "${INPUT_APPSYNC_DEFAULT_AUTH:-}" ]; then
  appsync_auth="--appsync-default-auth $INPUT_APPSYNC_DEFAULT_AUTH"
fi
for mode in $(printf '%s' "${INPUT_APPSYNC_ADDITIONAL_AUTH:-}" | tr ',' ' '); do
  appsync_auth="$appsync_auth --appsync-additional-auth $mode"
done
status=0
lint \
  --format "$console" --format "sarif=$sarif" --format "json=$json" --format "markdown=$markdown" \
  --source-root "$workspace" ${link_base:+--source-link-base "$link_base"} \
  --fail-on "$fail_on" \
  ${INPUT_CONFIG:+--config "$INPUT_CONFIG"} \
  ${INPUT_WORKFLOW_TYPE:+--workflow-type "$INPUT_WORKFLOW_TYPE"} \
  $appsync_auth \
  -- "$@" || status=$?

# 4. Outputs and the job summary, from this run's reports only (removed at the start).
if [ "$status" -ge 2 ]; then
  echo "::error title=sfn-appsync-lint::$(command_data "The linter reported a configuration or tool error (exit code $status); see the messages above.")"
fi
errors=0
warnings=0
if [ -f "$json" ]; then
  errors=$(json_value "$json" .summary.errors 0)
  warnings=$(json_value "$json" .summary.warnings 0)
fi
if [ -f "$sarif" ]; then
  write_output sarif-file "$sarif"
else
  write_output sarif-file ""
fi
write_output error-count "$errors"
write_output warning-count "$warnings"
write_output exit-code "$status"
if [ -f "$markdown" ]; then
  if [ "$status" -ge 2 ]; then
    printf '> [!CAUTION]\n> The linter reported a configuration or tool error (exit code %s): some files or rules were not checked; see the step log.\n\n' "$status" | summary
  fi
  summary < "$markdown"
  if [ "$console" = github ] && { [ "$errors" -gt 10 ] || [ "$warnings" -gt 10 ]; }; then
    printf '\n> [!NOTE]\n> GitHub shows at most 10 error and 10 warning annotations per step; this run found %s errors and %s warnings. All of them are in the SARIF report (`%s`) and, when it is uploaded, in the code scanning alerts.\n' \
      "$errors" "$warnings" "$(basename "$sarif")" | summary
  fi
else
  printf '## sfn-appsync-lint\n\nThe linter did not run (exit code %s); see the step log.\n' "$status" | summary
fi

if [ "${SFN_APPSYNC_LINT_DEFER_FAILURE:-false}" = true ]; then
  exit 0
fi
exit "$status"
