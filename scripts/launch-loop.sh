#!/usr/bin/env bash
# Starts the desktop app many times under full CPU load, each on a virtual X display, and counts
# hangs: launches that do not show first content and finish loading their native libraries (the
# hidden `gui --startup-probe`) within the timeout. A hung launch's native stacks are saved (with
# gdb, when installed) before it is killed.
#
# usage: scripts/launch-loop.sh [-n LAUNCHES] [-p PARALLEL] [-t TIMEOUT_S] [-d FIRST_DISPLAY]
#                               [-l LOAD_PROCESSES] [-j JAR] [-o OUT_DIR] [-a]
# defaults: 200 launches, 2 at a time, 120 s timeout, displays :20 and up, one busy loop per core,
# target/sgd-valley.jar, a fresh temporary folder for logs; -a starts training at once (--autoplay). Needs Xvfb; run from the project root
# after `mvn -B package -DskipTests`.
set -u

launches=200 parallel=2 timeout_s=120 first_display=20 load=$(nproc) jar=target/sgd-valley.jar out="" autoplay=""
while getopts "n:p:t:d:l:j:o:a" opt; do
  case $opt in
    n) launches=$OPTARG ;; p) parallel=$OPTARG ;; t) timeout_s=$OPTARG ;; d) first_display=$OPTARG ;;
    l) load=$OPTARG ;; j) jar=$OPTARG ;; o) out=$OPTARG ;; a) autoplay=--autoplay ;;
    *) echo "usage: $0 [-n N] [-p P] [-t S] [-d DISPLAY] [-l LOAD] [-j JAR] [-o DIR] [-a]" >&2; exit 2 ;;
  esac
done
command -v Xvfb >/dev/null || { echo "error: Xvfb is not installed (apt-get install xvfb)" >&2; exit 2; }
[ -f "$jar" ] || { echo "error: $jar not found; build it with mvn -B package -DskipTests" >&2; exit 2; }
out=${out:-$(mktemp -d)}
mkdir -p "$out"
: > "$out/results"

helpers=()
cleanup() {
  for pid in "${helpers[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
}
trap cleanup EXIT INT TERM

for ((s = 0; s < parallel; s++)); do
  Xvfb ":$((first_display + s))" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
  helpers+=($!)
done
for ((i = 0; i < load; i++)); do
  (while :; do :; done) &
  helpers+=($!)
done
sleep 1

# One launch: prints "ok FIRST_CONTENT_MS", "hang" or "fail RC" to the results file.
launch() {
  local k=$1 display=$2 log="$out/launch-$1.log"
  DISPLAY=":$display" java -jar "$jar" gui --startup-probe $autoplay >"$log" 2>&1 &
  local pid=$! waited=0
  while kill -0 "$pid" 2>/dev/null && ((waited < timeout_s)); do
    sleep 1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    # the app runs in the JVM the launcher started for it (with the class archive), when it started one
    local app
    app=$(pgrep -P "$pid" | head -1)
    if command -v gdb >/dev/null; then
      timeout 120 gdb -batch -p "${app:-$pid}" -ex "thread apply all bt 16" >"$out/hang-$k.txt" 2>&1
    fi
    [ -n "$app" ] && kill -9 "$app" 2>/dev/null
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    echo "hang" >>"$out/results"
    echo "launch $k: HANG (no start-up within ${timeout_s} s; stacks in $out/hang-$k.txt)"
    return
  fi
  wait "$pid"
  local rc=$?
  if ((rc == 0)) && grep -q "native libraries loaded" "$log"; then
    echo "ok $(sed -n 's/^startup: first content after \([0-9]*\) ms.*/\1/p' "$log")" >>"$out/results"
  else
    echo "fail $rc" >>"$out/results"
    echo "launch $k: exited with $rc before it had started (log: $log)"
  fi
}

slot() {
  local s=$1
  for ((k = s; k < launches; k += parallel)); do
    launch "$k" "$((first_display + s))"
  done
}

echo "launching the app $launches times, $parallel at a time, beside $load busy loops; logs in $out"
slots=()
for ((s = 0; s < parallel; s++)); do
  slot "$s" &
  slots+=($!)
done
wait "${slots[@]}"

ok=$(grep -c '^ok' "$out/results")
hangs=$(grep -c '^hang' "$out/results")
fails=$(grep -c '^fail' "$out/results")
times=$(awk '/^ok/ && $2 != "" {print $2}' "$out/results" | sort -n)
count=$(echo "$times" | grep -c .)
if ((count > 0)); then
  median=$(echo "$times" | sed -n "$(((count + 1) / 2))p")
  echo "first content under load: median $median ms, fastest $(echo "$times" | head -1) ms, slowest $(echo "$times" | tail -1) ms"
fi
echo "launches: $launches, started: $ok, hangs: $hangs, failed: $fails"
((hangs == 0 && fails == 0))
