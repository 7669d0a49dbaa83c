#!/usr/bin/env bash
# Side-by-side before/after: builds the bench against an earlier commit of the runtime (default: the commit before
# the bench's optimisations) and against this tree, then runs the two alternately, round after round, so the noise
# of a shared machine falls on both alike. Prints the median of every figure for each side and their ratio.
# Usage: bench/compare.sh [BASE_REF] [ROUNDS] [MODE] [bench options...]
#   e.g. bench/compare.sh 2af961f 3 calls --reps 3
set -euo pipefail
cd "$(dirname "$0")/.."
base_ref=${1:-2af961f}
rounds=${2:-3}
mode=${3:-all}
shift $(( $# < 3 ? $# : 3 ))

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The base tree comes from git archive (no worktree is registered); the bench itself is this tree's, so both sides
# run the same measurement code against different runtimes.
git archive "$base_ref" | tar -x -C "$work"
rm -rf "$work/bench" && cp -r bench "$work/bench"
rm -rf "$work/bench/Bench/bin" "$work/bench/Bench/obj"
dotnet build -c Release "$work/bench/Bench" -v q -nologo >/dev/null
dotnet build -c Release bench/Bench -v q -nologo >/dev/null

results="$work/results.txt"
for round in $(seq 1 "$rounds"); do
  for side in before after; do
    project=$([ "$side" = before ] && echo "$work/bench/Bench" || echo bench/Bench)
    echo "round $round/$rounds: $side" >&2
    dotnet run -c Release --no-build --project "$project" -- "$mode" "$@" \
      | awk -v side="$side" '/^##result / { name = $2; for (i = 3; i < NF; i++) name = name " " $i; print side "\t" name "\t" $NF }' >> "$results"
  done
done

# Median per (side, figure), then after/before.
sort -t$'\t' -k1,1 -k2,2 -k3,3g "$results" | awk -F'\t' '
  { key = $1 "\t" $2; values[key, ++count[key]] = $3; names[$2] = 1 }
  END {
    for (key in count) {
      n = count[key]; m = (n % 2) ? values[key, (n + 1) / 2] : (values[key, n / 2] + values[key, n / 2 + 1]) / 2
      median[key] = m; samples[key] = n
    }
    printf "%-58s %14s %14s %8s\n", "figure", "before", "after", "after/before"
    for (name in names) {
      b = median["before\t" name]; a = median["after\t" name]
      printf "%-58s %14.1f %14.1f %8.2f   (n=%d/%d)\n", name, b, a, (b > 0 ? a / b : 0), samples["before\t" name], samples["after\t" name]
    }
  }'
