#!/usr/bin/env bash
# Smoke test of the app image that scripts/package-app.sh (or `mvn -B -Pdist package`) built: with no
# Java on PATH and no JAVA_HOME, headless (no DISPLAY), it trains a preset whose rank(phi) needs the
# bundled OpenBLAS's LAPACK, and saves a screenshot of the window. About a minute.
#
#   scripts/smoke-app.sh [APP_IMAGE_DIR]     (default target/dist/sgd-valley, or sgd-valley.app on macOS)
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Darwin) image=${1:-target/dist/sgd-valley.app}; launcher=$image/Contents/MacOS/sgd-valley ;;
  MINGW*|MSYS*|CYGWIN*) image=${1:-target/dist/sgd-valley}; launcher=$image/sgd-valley-cli.exe ;;
  *) image=${1:-target/dist/sgd-valley}; launcher=$image/bin/sgd-valley ;;
esac
[[ -x "$launcher" ]] || { echo "error: no app image at $image; run 'mvn -B -Pdist package -DskipTests' first" >&2; exit 2; }
launcher=$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty-path" "$work/home"
# nothing but the app: no java on PATH, no JAVA_HOME, no display, a fresh home folder (Java takes
# user.home from the account, not from HOME: hence the option, which the JVM echoes on stderr)
app() {
  env -i HOME="$work/home" USERPROFILE="$work/home" TMPDIR="$work" TEMP="$work" TMP="$work" \
    SYSTEMROOT="${SYSTEMROOT:-}" PATH="$work/empty-path" JAVA_TOOL_OPTIONS="-Duser.home=$work/home" \
    "$launcher" "$@"
}
if env -i PATH="$work/empty-path" sh -c 'command -v java' >/dev/null 2>&1; then
  echo "error: java is still on PATH" >&2
  exit 1
fi

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

app presets >"$work/presets.txt" 2>"$work/presets.err" || fail "presets: $(cat "$work/presets.err")"
grep -q '^diag-sgd-decay ' "$work/presets.txt" || fail "presets did not list diag-sgd-decay"

app run relu-three-layer --iterations 2000 --out "$work/run" >"$work/run.out" 2>"$work/run.err" \
  || fail "run: $(tail -3 "$work/run.err")"
[[ -s "$work/run/metrics.csv" ]] || fail "run wrote no metrics.csv"
# the final rank(phi) of every run, from the summary lines ("LABEL: N steps in T s, ..., rank R, ...")
ranks=$(grep -o ', rank [^,]*' "$work/run.out" | sed 's/, rank //' | tr '\n' ' ')
[[ -n "$ranks" && "$ranks" != *NaN* ]] || fail "rank(phi) is not computed: '$ranks'"
! grep -q 'unavailable' "$work/run.err" || fail "$(grep unavailable "$work/run.err")"

app gui --preset diag-sgd-decay --screenshot "$work/shot.png" --after-steps 500 \
  >"$work/gui.out" 2>"$work/gui.err" || fail "gui --screenshot: $(tail -3 "$work/gui.err")"
[[ "$(head -c 8 "$work/shot.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || fail "no PNG written"
! grep -q 'Unsupported JavaFX configuration' "$work/gui.err" "$work/run.err" \
  || fail "JavaFX is not on the module path"

cache=$(du -sk "$work/home/.javacpp" 2>/dev/null | cut -f1 || echo 0)
echo "smoke: ok ($(wc -c <"$work/shot.png") byte screenshot; final rank(phi): $ranks; native libraries" \
  "unpacked on first start: $((cache / 1024)) MB)"
