#!/usr/bin/env bash
# Retakes the README's screenshots from the real app in headless Chromium (ReadmeImagesBrowserIT)
# and copies them to docs/images/. Run it after changing a screen; commit the images it writes.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ReadmeImagesBrowserIT -Dfailsafe.failIfNoSpecifiedTests=false
mkdir -p docs/images
for name in pre-read room decision publication; do
  cp "target/screenshots/readme-$name.png" "docs/images/$name.png"
  echo "docs/images/$name.png"
done
