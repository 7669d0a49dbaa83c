#!/usr/bin/env bash
# Before/after on a shared, noisy machine: the product's flash-sale buying phase from two builds, run alternately
# (A B, then B A, ...) with a ceiling run in every round, so that load from other processes falls on both sides.
# Each side gets a fresh SQLite data folder and its own users; figures are orders/s and the ratio to the ceiling
# measured in the same round.
#
# Usage: bash bench/seckill-ab.sh BASE_CHECKOUT [ROUNDS]
#   BASE_CHECKOUT: another checkout of this repository (e.g. `git worktree add` or `git archive | tar -x`) whose
#   bench/ProductHost is built in Release; "this tree" is built here.
# Settings (environment): CONNECTIONS=100 DURATION=10s USERS=300 PHASE=buy|ping|soldout OUT=bench/results/ab-<time>
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
base=$(cd "${1:?usage: seckill-ab.sh BASE_CHECKOUT [ROUNDS]}" && pwd)
ROUNDS=${2:-3}
CONNECTIONS=${CONNECTIONS:-100}
DURATION=${DURATION:-10s}
USERS=${USERS:-300}
PHASE=${PHASE:-buy}
OUT=${OUT:-bench/results/ab-$(date +%Y%m%d-%H%M%S)}
export ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
host_pid=""
trap '[[ -n $host_pid ]] && kill "$host_pid" 2>/dev/null || true' EXIT

for project in tools/LoadTest bench/Ceiling bench/ProductHost; do
  dotnet build -c Release "$project" -v q -nologo | grep -E " error |rror\(s\)" | grep -v " 0 Error" || true
done
[[ -x $base/bench/ProductHost/bin/Release/net10.0/ProductHost ]] || dotnet build -c Release "$base/bench/ProductHost" -v q -nologo
loadtest="$root/tools/LoadTest/bin/Release/net10.0/LoadTest"
{ echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"; echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)";
  echo "base: $base ($(git -C "$base" rev-parse --short HEAD 2>/dev/null || echo 'no git'))"; echo "this tree: $(git rev-parse --short HEAD)";
  echo "settings: PHASE=$PHASE CONNECTIONS=$CONNECTIONS DURATION=$DURATION USERS=$USERS ROUNDS=$ROUNDS";
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$OUT/machine.txt"

start_host() { # NAME PORT DIR COMMAND...
  local name=$1 port=$2 dir=$3; shift 3
  (cd "$dir" && exec "$@" --urls "http://127.0.0.1:$port") > "$OUT/$name-host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null -X POST "http://127.0.0.1:$port/" && return 0
    kill -0 "$host_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "$name did not start; see $OUT/$name-host.log"; exit 1
}
stop_host() { kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; host_pid=""; }
rate() { # JSON FILE -> successful answers/s of the phase's method (orders/s for buy)
  python3 - "$1" "$PHASE" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); phase = sys.argv[2]
if phase == "ping":
    print(f"{d['throughput']:.1f}"); sys.exit()
m = next(m for m in d["methods"] if m["method"] == "seckill.buy")
ok = sum(a["count"] for a in m["answers"] if a["code"] == "200")
print(f"{ok / d['seconds']:.1f}" if phase == "buy" else f"{m['throughput']:.1f}")
PY
}
product() { # LABEL DIR ROUND -> runs the phase on a fresh data folder, prints the rate
  local label=$1 dir=$2 round=$3 data="$OUT/data-$1-$3"
  start_host "$label" 5202 "$dir/bench/ProductHost/bin/Release/net10.0" ./ProductHost --data-dir "$data" \
    --IpGuard:SmsPerDay 1000000 --IpGuard:FailuresToBan 1000000 --Sms:PerMobilePerDay 1000 --Sms:SendInterval 00:00:00 \
    --PasswordHash:Iterations 1000 --Bench:Stock 10000000
  local args=(--scenario ping)
  [[ $PHASE == ping ]] || args=(--users "$USERS" --mobile-prefix "13$(printf '%02d' $((RANDOM % 100)))" --quota 1000000 --limit-per-user 0)
  [[ $PHASE == soldout ]] && args=(--users "$USERS" --mobile-prefix "13$(printf '%02d' $((RANDOM % 100)))" --quota 1000 --limit-per-user 0 --keep-going)
  "$loadtest" --url http://127.0.0.1:5202 --connections "$CONNECTIONS" --duration "$DURATION" --json "$OUT/$label-$round.json" "${args[@]}" \
    > "$OUT/$label-$round.txt" 2>&1 || { echo "generator failed: $OUT/$label-$round.txt" >&2; tail -n 15 "$OUT/$label-$round.txt" >&2; }
  grep -q "invariants: all hold" "$OUT/$label-$round.txt" || [[ $PHASE == ping ]] || echo "INVARIANTS FAILED: $OUT/$label-$round.txt" >&2
  stop_host
  rm -rf "$data"
  rate "$OUT/$label-$round.json"
}

printf 'round\tceiling\tbase\tafter\tbase/ceiling\tafter/ceiling\tafter/base\n' | tee "$OUT/ab.tsv"
for round in $(seq 1 "$ROUNDS"); do
  start_host ceiling 5201 bench/Ceiling/bin/Release/net10.0 ./Ceiling
  "$loadtest" --url http://127.0.0.1:5201 --connections "$CONNECTIONS" --duration "$DURATION" --scenario ping --json "$OUT/ceiling-$round.json" > "$OUT/ceiling-$round.txt" 2>&1
  stop_host
  ceiling=$(PHASE=ping rate "$OUT/ceiling-$round.json")
  if (( round % 2 )); then b=$(product base "$base" "$round"); a=$(product after "$root" "$round")
  else a=$(product after "$root" "$round"); b=$(product base "$base" "$round"); fi
  python3 -c "import sys; c,b,a=map(float,sys.argv[1:]); print(f'$round\t{c:.0f}\t{b:.0f}\t{a:.0f}\t{b/c:.3f}\t{a/c:.3f}\t{a/b:.2f}')" "$ceiling" "$b" "$a" | tee -a "$OUT/ab.tsv"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
python3 - "$OUT/ab.tsv" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
med = lambda k: statistics.median(float(r[k]) for r in rows)
print(f"median of {len(rows)} rounds: ceiling {med('ceiling'):.0f}/s, base {med('base'):.0f}/s ({med('base/ceiling'):.3f}x ceiling), "
      f"after {med('after'):.0f}/s ({med('after/ceiling'):.3f}x ceiling), after/base {med('after/base'):.2f}x")
PY
