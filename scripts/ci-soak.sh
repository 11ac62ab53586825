#!/usr/bin/env bash
# Proves the suite holds on a fresh machine and under load: clones the repository's
# HEAD (committed work only) into a new directory three times and runs `.ci/run` in each,
# as CI does; the third run has a CPU hog beside it (one busy loop per core, stopped at
# the end). Prints each run's result and exits non-zero when any run failed.
#
#   scripts/ci-soak.sh [runs=3]      SOAK_KEEP=1 keeps the clones and logs
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
WORK="$(mktemp -d /tmp/mlsd-soak.XXXXXX)"
REV="$(git -C "$ROOT" rev-parse --short HEAD)"
hogs=()
stop_hogs() { for p in "${hogs[@]}"; do kill "$p" 2>/dev/null; done; hogs=(); }
cleanup() { stop_hogs; [ "${SOAK_KEEP:-0}" = 1 ] || rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

results=()
failed=0
for i in $(seq 1 "$RUNS"); do
  dir="$WORK/run$i"
  git clone --quiet "$ROOT" "$dir"
  load=""
  if [ "$i" -eq "$RUNS" ]; then
    for _ in $(seq 1 "$(nproc)"); do ( while :; do :; done ) & hogs+=($!); done
    load=" with ${#hogs[@]} busy loops"
  fi
  echo "[soak] run $i/$RUNS of $REV$load: $dir (log: $dir.log)"
  start=$(date +%s)
  (cd "$dir" && CI=true bash .ci/run) >"$dir.log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  loadavg="$(cut -d' ' -f1-3 /proc/loadavg)"
  stop_hogs
  summary="$(grep -E '^(e2e tests:|web tests:|browser tests:| *Tests +[0-9])|passing|failing' "$dir.log" | tr -s ' ' | paste -sd ';' -)"
  results+=("run $i$load: exit $rc in ${secs}s, load average at the end $loadavg :: $summary")
  [ "$rc" -eq 0 ] || { failed=1; tail -30 "$dir.log"; }
done
echo "[soak] results for $REV"
printf '  %s\n' "${results[@]}"
exit "$failed"
