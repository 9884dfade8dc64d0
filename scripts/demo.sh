#!/usr/bin/env bash
# Sets everything up, builds the widget, and serves the demo on a local port (default 8080):
#   scripts/demo.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/setup.sh
scripts/build-web.sh
exec python3 scripts/serve.py "${1:-8080}"
