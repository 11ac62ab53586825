#!/usr/bin/env bash
# Installs a real VS Code Server 1.100.3 (bundled in the code-server@4.100.3 npm
# package, under lib/vscode) plus Debian's Chromium, for the extension-host test
# suite (test/vscode/launcher.mjs). Idempotent: a second run only checks a marker.
#
#   MLSD_VSCODE_CACHE   cache dir (default: <project>/.vscode-test)
#
# Result: $MLSD_VSCODE_CACHE/code-server-4.100.3/lib/vscode/out/server-main.js
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${MLSD_VSCODE_CACHE:-$PROJECT_ROOT/.vscode-test}"
DEST="$CACHE/code-server-$CODE_SERVER_VERSION"
VSCODE_DIR="$DEST/lib/vscode"
MARKER="$DEST/.mlsd-setup-done"

log() { echo "[setup-vscode-server] $*"; }
start=$(date +%s)

APT_PKGS=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium neovim)

apt_ok() {
  local p
  for p in "${APT_PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || return 1
  done
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/rg ]
}

if apt_ok; then
  log "apt packages already installed"
else
  if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
  else
    SUDO=
  fi
  log "installing apt packages: ${APT_PKGS[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${APT_PKGS[@]}" >/dev/null
  log "apt packages installed"
fi

if [ -f "$MARKER" ] && [ -f "$VSCODE_DIR/out/server-main.js" ]; then
  log "VS Code Server $(cat "$MARKER") already set up in $VSCODE_DIR ($(( $(date +%s) - start ))s)"
  exit 0
fi

mkdir -p "$CACHE"
TGZ="$CACHE/code-server-$CODE_SERVER_VERSION.tgz"
if [ ! -s "$TGZ" ]; then
  log "npm pack code-server@$CODE_SERVER_VERSION"
  tmp="$(mktemp -d "$CACHE/pack.XXXXXX")"
  (cd "$tmp" && npm pack "code-server@$CODE_SERVER_VERSION" --silent >/dev/null)
  mv "$tmp"/code-server-*.tgz "$TGZ"
  rm -rf "$tmp"
fi

log "unpacking into $DEST"
rm -rf "$DEST" "$DEST.tmp"
mkdir -p "$DEST.tmp"
tar -xzf "$TGZ" -C "$DEST.tmp"
mv "$DEST.tmp/package" "$DEST"
rmdir "$DEST.tmp"

cd "$VSCODE_DIR"
# Keep the npm run in lib/vscode from picking up the project's settings.
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

log "npm install --omit=dev --ignore-scripts (lib/vscode)"
npm install --omit=dev --ignore-scripts --no-save --loglevel=error >"$DEST/npm-install.log" 2>&1 \
  || { tail -40 "$DEST/npm-install.log"; log "npm install failed (log: $DEST/npm-install.log)"; exit 1; }

log "ripgrep: using /usr/bin/rg (no binary download)"
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg

log "npm rebuild (native modules via node-gyp; takes a few minutes)"
npm rebuild --loglevel=error >"$DEST/npm-rebuild.log" 2>&1 \
  || { tail -40 "$DEST/npm-rebuild.log"; log "npm rebuild failed (log: $DEST/npm-rebuild.log)"; exit 1; }

ln -sfn node_modules node_modules.asar

version="$(node -p "require('./package.json').version")"
echo "$version" >"$MARKER"
log "done: VS Code Server $version in $VSCODE_DIR ($(( $(date +%s) - start ))s)"
