#!/usr/bin/env bash
# Stops what cluster/up.sh started: every process with a pid file in the run folder (SIGTERM, then SIGKILL after
# 10 s), nginx included. PostgreSQL is left running (it may serve other things); its data stays.
# Usage: cluster/down.sh [--run-dir DIR] [--silos N]   (--silos is accepted for symmetry with up.sh and ignored:
# every pid file found is stopped)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
run="$root/cluster/run"
while (($#)); do
  case $1 in
    --run-dir) run=$2; shift 2 ;;
    --silos) shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -d $run ]] || exit 0
pids=()
for f in "$run"/*.pid; do
  [[ -f $f ]] || continue
  pid=$(cat "$f" 2>/dev/null || true)
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    pids+=("$pid")
  fi
  rm -f "$f"
done
for _ in $(seq 1 100); do
  alive=0
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
  ((alive)) || break
  sleep 0.1
done
for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
echo "stopped ${#pids[@]} processes"
