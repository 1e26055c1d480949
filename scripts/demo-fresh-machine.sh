#!/usr/bin/env bash
# Shows what `npm test` does first on a machine without the browser test's Chromium: it is run here with
# CHROMIUM_PATH pointed at nothing and PATH stripped to Node alone (so no apt-get and no fc-list), as a
# user without root would meet it; then with a stand-in apt-get, as root would meet it (it tries to
# provision, and says so). Changes nothing on this machine.
set -u
cd "$(dirname "$0")/.."
bare=$(mktemp -d)
trap 'rm -rf "$bare"' EXIT
ln -s "$(command -v node)" "$bare/node"

echo "== 1. no Chromium, no apt-get: the message and the one command to run"
CHROMIUM_PATH=/nonexistent/chromium PATH="$bare" node scripts/preflight.mjs test 2>&1
echo "(exit code $?)"

echo
echo "== 2. as root with apt-get (a stand-in that only says what it was asked): it provisions first"
printf '#!/bin/sh\necho "  [stand-in] apt-get $*"\n' >"$bare/apt-get"
chmod +x "$bare/apt-get"
CHROMIUM_PATH=/nonexistent/chromium PATH="$bare" node scripts/preflight.mjs test 2>&1
echo "(exit code $?)"
