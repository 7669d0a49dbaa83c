#!/usr/bin/env bash
# Before/after of one bench/Bench mode on a shared, noisy machine: two builds run alternately (A B, then B A, ...),
# each repetition a separate process, and every result line is paired with the other build's from the same round.
#
# Usage: bash bench/bench-ab.sh BASE_CHECKOUT ROUNDS MODE [BENCH OPTIONS...]
#   e.g. bash bench/bench-ab.sh /tmp/base 4 seckill --reps 1 --seconds 5
#   BASE_CHECKOUT: another checkout (e.g. `git archive <commit> | tar -x -C /tmp/base`) with bench/Bench built in
#   Release; this tree's bench/Bench is built here.
set -euo pipefail
cd "$(dirname "$0")/.."
base=$(cd "${1:?usage: bench-ab.sh BASE_CHECKOUT ROUNDS MODE [OPTIONS...]}" && pwd)
rounds=${2:?rounds}
shift 2
dotnet build -c Release bench/Bench -v q -nologo | grep -E " error |rror\(s\)" | grep -v " 0 Error" || true
[[ -f $base/bench/Bench/bin/Release/net10.0/Bench.dll ]] || dotnet build -c Release "$base/bench/Bench" -v q -nologo
out=$(mktemp -d)
echo "machine: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "base: $base; this tree: $(git rev-parse --short HEAD); mode: $*"
run() { local dir=$1 label=$2; shift 2; dotnet "$dir/bench/Bench/bin/Release/net10.0/Bench.dll" "$@" | grep '^##result' >> "$out/$label"; }
for round in $(seq 1 "$rounds"); do
  if (( round % 2 )); then run "$base" base "$@"; run . after "$@"; else run . after "$@"; run "$base" base "$@"; fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/base" "$out/after" <<'PY'
import collections, statistics, sys
def load(path):
    values = collections.defaultdict(list)
    for line in open(path):
        _, rest = line.split(" ", 1)
        name, value = rest.rsplit(" ", 1)
        values[name].append(float(value))
    return values
base, after = load(sys.argv[1]), load(sys.argv[2])
print(f"{'result':48} {'base median':>12} {'after median':>13} {'after/base (median of pairs)':>30}")
for name in base:
    pairs = [a / b for a, b in zip(after.get(name, []), base[name]) if b]
    print(f"{name:48} {statistics.median(base[name]):12.1f} {statistics.median(after.get(name, [float('nan')])):13.1f} "
          f"{statistics.median(pairs) if pairs else float('nan'):10.2f}  ({', '.join(f'{p:.2f}' for p in pairs)})")
PY
rm -rf "$out"
