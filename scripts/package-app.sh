#!/usr/bin/env bash
# Builds the self-contained app (a trimmed Java runtime with JavaFX as modules, the app and its
# libraries) from target/sgd-valley.jar and target/lib, which `mvn package` writes, and the installer
# this operating system can build: a .deb on Linux (needs dpkg-deb and fakeroot), a .dmg on macOS,
# an .msi on Windows (needs the WiX toolset). Run by `mvn -B -Pdist package`; output in target/dist.
#
#   scripts/package-app.sh VERSION [app-image|installer|all]
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:?usage: scripts/package-app.sh VERSION [app-image|installer|all]}
what=${2:-all}
name=sgd-valley
dist=target/dist
jpackage=${JAVA_HOME:+$JAVA_HOME/bin/}jpackage
[[ -f target/$name.jar && -d target/lib ]] || { echo "error: run 'mvn package' first" >&2; exit 2; }

rm -rf "$dist"
mkdir -p "$dist/input/lib" "$dist/fx"
cp "target/$name.jar" "$dist/input/"
# JavaFX goes into the runtime as modules (no "Unsupported JavaFX configuration" warning); every
# other library stays on the class path, found through the jar's manifest
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) cp "$jar" "$dist/fx/" ;;
    *) cp "$jar" "$dist/input/lib/" ;;
  esac
done
# Monocle (headless rendering: screenshots and PNG exports without a display) belongs in javafx.graphics
monocle=$(cd "$dist/input/lib" && ls openjfx-monocle-*.jar)

# the modules the app and its libraries use (jdeps), plus what they load by reflection
modules=java.base,java.desktop,java.logging,java.management,jdk.management,java.naming,java.sql,java.xml
modules+=,java.compiler,jdk.unsupported,jdk.unsupported.desktop,javafx.controls,javafx.swing

common=(--name "$name" --app-version "$version" --vendor "SGD Valley"
  --description "See how SGD with large step sizes bounces across a valley and learns sparse features."
  --input "$dist/input" --main-jar "$name.jar" --main-class org.sgdvalley.Main
  --module-path "$dist/fx" --add-modules "$modules"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2"
  --java-options "--patch-module=javafx.graphics=\$APPDIR/lib/$monocle")

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*)
    # the main launcher has no console on Windows (no black window behind the app); the command line
    # gets a launcher of its own that has one
    printf 'win-console=true\n' >"$dist/cli.properties"
    common+=(--add-launcher "$name-cli=$dist/cli.properties") ;;
esac

if [[ "$what" == app-image || "$what" == all ]]; then
  "$jpackage" --type app-image --dest "$dist" "${common[@]}"
  echo "app image: $dist/$name"
fi
if [[ "$what" == installer || "$what" == all ]]; then
  case "$(uname -s)" in
    Linux)
      "$jpackage" --type deb --dest "$dist" "${common[@]}" --linux-package-name "$name" \
        --linux-deb-maintainer "sgd-valley@users.noreply.invalid" --linux-menu-group Education \
        --linux-shortcut --linux-app-category science --linux-package-deps libgtk-3-0 \
        --resource-dir packaging/linux ;;
    Darwin)
      "$jpackage" --type dmg --dest "$dist" "${common[@]}" ;;
    MINGW*|MSYS*|CYGWIN*)
      "$jpackage" --type msi --dest "$dist" "${common[@]}" --win-menu --win-shortcut --win-dir-chooser ;;
  esac
  ls "$dist"/*.deb "$dist"/*.dmg "$dist"/*.msi 2>/dev/null || true
fi
