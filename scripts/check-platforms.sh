#!/usr/bin/env bash
# Checks that the pom resolves the native libraries of every supported platform: for each one, the
# dependency tree must hold ND4J, its preset, OpenBLAS and JavaCPP for that javacpp.platform and
# JavaFX for the matching javafx.platform. Resolving the tree reads POMs only (a few MB);
# --download also fetches each platform's native jars (about 130 MB a platform) to prove they exist.
#
#   scripts/check-platforms.sh [--download]
set -euo pipefail
cd "$(dirname "$0")/.."

download=false
[[ "${1:-}" == "--download" ]] && download=true

# javacpp.platform -> javafx.platform
platforms=(
  "linux-x86_64 linux"
  "linux-arm64 linux-aarch64"
  "macosx-x86_64 mac"
  "macosx-arm64 mac-aarch64"
  "windows-x86_64 win"
)
natives=(org.nd4j:nd4j-native org.nd4j:nd4j-native-preset org.bytedeco:openblas org.bytedeco:javacpp)

failed=0
tree=$(mktemp)
trap 'rm -f "$tree"' EXIT
for entry in "${platforms[@]}"; do
  read -r cpp fx <<<"$entry"
  if ! mvn -B -q dependency:tree -Djavacpp.platform="$cpp" -Djavafx.platform="$fx" \
      -DoutputFile="$tree" -DoutputType=text >/dev/null 2>&1; then
    echo "$cpp: the dependency tree does not resolve"
    failed=1
    continue
  fi
  wanted=()
  for ga in "${natives[@]}"; do wanted+=("$ga:jar:$cpp:"); done
  for a in javafx-base javafx-graphics javafx-controls javafx-swing; do wanted+=("org.openjfx:$a:jar:$fx:"); done
  missing=()
  coordinates=()
  for w in "${wanted[@]}"; do
    line=$(grep -o "$w[^: ]*" "$tree" | head -1 || true)
    if [[ -z "$line" ]]; then missing+=("$w"); else coordinates+=("$line"); fi
  done
  # no native jar of another platform may come along
  others=$(grep -oE "(nd4j-native|nd4j-native-preset|openblas|javacpp):jar:[a-z0-9_-]+:" "$tree" \
    | grep -v ":$cpp:" | sort -u || true)
  if ((${#missing[@]})) || [[ -n "$others" ]]; then
    echo "$cpp: missing ${missing[*]:-nothing}; foreign ${others:-none}"
    failed=1
    continue
  fi
  if $download; then
    for c in "${coordinates[@]}"; do
      # group:artifact:jar:classifier:version -> group:artifact:version:jar:classifier
      IFS=: read -r g a t cl v <<<"$c"
      if ! mvn -B -q dependency:get -Dartifact="$g:$a:$v:$t:$cl" -Dtransitive=false >/dev/null 2>&1; then
        echo "$cpp: $g:$a:$v:$t:$cl cannot be downloaded"
        failed=1
      fi
    done
  fi
  echo "$cpp: ok (${coordinates[*]})"
done
exit $failed
