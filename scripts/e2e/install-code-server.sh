#!/usr/bin/env bash
# Installs a real VS Code (code-server = VS Code server + web workbench) and
# playwright-core into a cache folder outside the repository, using only npm and
# Debian packages. Nothing is downloaded when the tests run; native modules are
# compiled locally. Adapted from shared/reference/e2e-example.
#
# usage: scripts/e2e/install-code-server.sh [DEST]
#   DEST        default ${E2E_HOME:-$HOME/.cache/trial-record-e2e}
#   SKIP_APT=1  never touch apt (otherwise, as root, missing packages are installed)
#   CS_VERSION  code-server version (default 4.99.4 = VS Code 1.99.3; runs on Node 20)
#   FORCE=1     reinstall even when DEST already holds this version
set -euo pipefail
DEST=${1:-${E2E_HOME:-$HOME/.cache/trial-record-e2e}}
CS_VERSION=${CS_VERSION:-4.99.4}
NPM="npm --no-audit --no-fund --loglevel=error"
t0=$(date +%s)
step() { echo "[install-code-server +$(( $(date +%s) - t0 ))s] $*"; }

mkdir -p "$DEST"
DEST=$(cd "$DEST" && pwd)
STAMP="$DEST/.installed-$CS_VERSION"
if [ -f "$STAMP" ] && [ -x "$DEST/node_modules/.bin/code-server" ] && [ -z "${FORCE:-}" ]; then
  step "code-server $CS_VERSION already installed in $DEST"
  exit 0
fi

# --- apt: only the packages that are missing -------------------------------
APT_PKGS="chromium ripgrep libkrb5-dev build-essential python3"
missing=""
for p in $APT_PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ -z "${SKIP_APT:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "apt-get install$missing"
    # Only refresh the package lists when they were never fetched (fresh container).
    [ -n "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ] || apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
  else
    echo "warning: missing Debian packages:$missing (SKIP_APT set or not root); continuing" >&2
  fi
fi
command -v rg >/dev/null || { echo "error: ripgrep (rg) is required" >&2; exit 1; }

# --- npm ------------------------------------------------------------------
cd "$DEST"
rm -f .installed-*
[ -f package.json ] || echo '{ "private": true }' > package.json
step "npm install code-server@$CS_VERSION playwright-core@1"
# --ignore-scripts: code-server's postinstall would try to download things (ripgrep).
$NPM install --ignore-scripts "code-server@$CS_VERSION" playwright-core@1
step "npm rebuild argon2"
$NPM rebuild argon2                          # native module of code-server itself

VS=node_modules/code-server/lib/vscode      # the bundled VS Code (server + workbench)
(
  cd "$VS"
  step "lib/vscode: npm install --omit=dev"
  $NPM install --omit=dev --ignore-scripts
  step "lib/vscode: rebuild native modules"
  npm_config_yes=true $NPM rebuild kerberos node-pty @vscode/spdlog native-watchdog @vscode/deviceid
  # @vscode/ripgrep downloads its binary in postinstall; use Debian's instead.
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  # Files the release tarball has but the npm package lacks (what postinstall would create):
  ln -sfn node_modules node_modules.asar
  ln -sf code-linux.sh bin/remote-cli/code-server
  ln -sf browser-linux.sh bin/helpers/browser.sh
  step "lib/vscode/extensions: npm install --omit=dev"
  ( cd extensions && $NPM install --omit=dev --ignore-scripts )
)

# Without XDG_* even --version writes ~/.config/code-server/config.yaml.
XDG_CONFIG_HOME="$DEST/.xdg" XDG_DATA_HOME="$DEST/.xdg" node_modules/.bin/code-server --version
touch "$STAMP"
step "installed into $DEST"
