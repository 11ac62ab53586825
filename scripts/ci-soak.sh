#!/usr/bin/env bash
# Proves the suite holds on a fresh machine and under load: clones the repository's
# HEAD (committed work only; from a worktree, that worktree's branch, checked out at the
# exact commit) into a new directory three times and runs `.ci/run` in each, as CI does;
# the last run has a CPU hog beside it (one busy loop per core, stopped at the end).
# `.ci/run` runs every suite, the real-VS Code ones on each version of
# test/vscode/versions.json. Prints each run's result lines (one per suite and VS Code
# version) and exits non-zero when any run failed.
#
#   scripts/ci-soak.sh [runs=3]      SOAK_KEEP=1 keeps the clones and logs
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
WORK="$(mktemp -d /tmp/mlsd-soak.XXXXXX)"
REV="$(git -C "$ROOT" rev-parse --short HEAD)"
REV_FULL="$(git -C "$ROOT" rev-parse HEAD)"
BRANCH="$(git -C "$ROOT" branch --show-current)"
hogs=()
stop_hogs() { for p in "${hogs[@]}"; do kill "$p" 2>/dev/null; done; hogs=(); }
# Each .ci/run runs as a job of its own process group (job control), so that stopping this
# script stops the whole run (npm, the VS Code Servers, Chromium), not only the script.
set -m
run=""
stop_run() { [ -n "$run" ] && kill -- -"$run" 2>/dev/null; run=""; }
cleanup() { stop_run; stop_hogs; [ "${SOAK_KEEP:-0}" = 1 ] || rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

results=()
failed=0
for i in $(seq 1 "$RUNS"); do
  dir="$WORK/run$i"
  git clone --quiet "$ROOT" "$dir"
  # A clone takes the origin's HEAD; make sure it is the commit this script was run on
  # (the branch of the worktree it lives in, not the main checkout's).
  git -C "$dir" checkout --quiet --detach "$REV_FULL" || { echo "[soak] $REV_FULL is not in the clone"; exit 1; }
  load=""
  if [ "$i" -eq "$RUNS" ]; then
    for _ in $(seq 1 "$(nproc)"); do ( while :; do :; done ) & hogs+=($!); done
    load=" with ${#hogs[@]} busy loops"
  fi
  echo "[soak] run $i/$RUNS of $REV${BRANCH:+ ($BRANCH)}$load: $dir (log: $dir.log)"
  start=$(date +%s)
  (cd "$dir" && CI=true exec bash .ci/run) >"$dir.log" 2>&1 &
  run=$!
  wait "$run"
  rc=$?
  run=""
  secs=$(( $(date +%s) - start ))
  loadavg="$(cut -d' ' -f1-3 /proc/loadavg)"
  stop_hogs
  # One line per suite (and VS Code version): "<suite> tests[ on VS Code X]: N passed, M failed".
  # (colour codes stripped first: vitest colours its "Tests N passed" line even under CI=true)
  summary="$(sed 's/\x1b\[[0-9;]*m//g' "$dir.log" | grep -E '^[a-z0-9]+ tests( on [^:]*)?:|^versions:|^ *Tests +[0-9]' | tr -s ' ' | paste -sd ';' -)"
  results+=("run $i$load: exit $rc in ${secs}s, load average at the end $loadavg")
  while IFS= read -r l; do results+=("    $l"); done < <(tr ';' '\n' <<<"$summary")
  # A failed run: its failing tests by name (they scroll out of the tail), then the tail.
  [ "$rc" -eq 0 ] || { failed=1; sed 's/\x1b\[[0-9;]*m//g' "$dir.log" | grep -E '^ *(FAIL|×|✗) |AssertionError|^ *not ok' | head -20; tail -30 "$dir.log"; }
done
echo "[soak] results for $REV${BRANCH:+ ($BRANCH)}"
printf '  %s\n' "${results[@]}"
exit "$failed"
