#!/usr/bin/env bash
# Flash sale, side by side (issue 6): the same load generator (tools/LoadTest), the same connections and duration,
# against
#   ceiling  bench/Ceiling: a bare ASP.NET Core endpoint answering a fixed small JSON      (scenario ping)
#   product  ApiHost (via bench/ProductHost, which only adds a well-stocked product), SQLite (ping, buy, soldout)
#   pg       bench/SeckillAlternatives --Store Postgres: one PostgreSQL transaction per purchase  (buy, soldout)
#   redis    bench/SeckillAlternatives --Store Redis: Redis Lua pre-deduction + PostgreSQL order  (buy, soldout)
# Phases: ping = signed requests of seckill.buy's shape (the product answers them at the gateway: unknown session);
# buy = closed loop on a sale whose stock outlasts the run (orders/s); soldout = a 1,000-unit sale with --keep-going
# (rejections/s after the sell-out). Every seckill run ends with the generator's invariant check (no oversell, orders
# == units sold, limits, acknowledged orders exist).
#
# Usage: bash bench/seckill-compare.sh            (as root it installs/starts PostgreSQL and Redis like .ci/run)
# Settings (environment): CONNECTIONS="100 1000" DURATION=15s USERS=1000 OUT=bench/results/<time> TARGETS="ceiling product pg redis"
# Results: $OUT/*.json (one generator report per run), $OUT/runs.tsv, $OUT/summary.md, $OUT/chart.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

CONNECTIONS=${CONNECTIONS:-"100 1000"}
DURATION=${DURATION:-15s}
USERS=${USERS:-1000}
TARGETS=${TARGETS:-"ceiling product pg redis"}
OUT=${OUT:-bench/results/$(date +%Y%m%d-%H%M%S)}
BUY_QUOTA=${BUY_QUOTA:-1000000} # the product's admin API caps a sale at 1,000,000
SOLDOUT_QUOTA=${SOLDOUT_QUOTA:-1000}
export ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
: > "$OUT/runs.tsv"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }

say "machine"
{ echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"; echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)";
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"; echo "dotnet: $(dotnet --version)"; echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)";
  echo "settings: CONNECTIONS='$CONNECTIONS' DURATION=$DURATION USERS=$USERS BUY_QUOTA=$BUY_QUOTA SOLDOUT_QUOTA=$SOLDOUT_QUOTA"; } | tee "$OUT/machine.txt"

say "build (Release)"
for project in tools/LoadTest bench/Ceiling bench/ProductHost bench/SeckillAlternatives bench/SeckillReport; do
  dotnet build -c Release "$project" -v q -nologo | grep -E "error|Warn|Error" || true
done
loadtest="$root/tools/LoadTest/bin/Release/net10.0/LoadTest"

# PostgreSQL and Redis, started as .ci/run starts them; an alternative whose server is missing is skipped, with why.
pg_ok=""; redis_ok=""; pg_conn=""
if [[ " $TARGETS " == *" pg "* || " $TARGETS " == *" redis "* ]]; then
  say "PostgreSQL and Redis"
  if [[ $(id -u) == 0 ]]; then
    need=()
    command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
    command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
    if ((${#need[@]})); then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || true
    fi
  fi
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters -h | grep -q . || pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -n 1)" main >/dev/null
    read -r pg_version pg_name pg_port _ < <(pg_lsclusters -h | head -n 1)
    pg_lsclusters -h | head -n 1 | grep -q online || pg_ctlcluster "$pg_version" "$pg_name" start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
    if pg_isready -q -h 127.0.0.1 -p "$pg_port"; then
      su postgres -c "psql -q -p $pg_port -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
      su postgres -c "psql -tA -p $pg_port -c \"SELECT 1 FROM pg_database WHERE datname = 'seckill_bench'\"" | grep -q 1 \
        || su postgres -c "createdb -p $pg_port seckill_bench"
      pg_conn="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=seckill_bench;Maximum Pool Size=64;Max Auto Prepare=16"
      pg_ok=yes
      echo "PostgreSQL $pg_version on port $pg_port: synchronous_commit=$(su postgres -c "psql -tA -p $pg_port -c 'show synchronous_commit'"), max_connections=$(su postgres -c "psql -tA -p $pg_port -c 'show max_connections'")" | tee -a "$OUT/machine.txt"
    fi
  fi
  [[ -n $pg_ok ]] || echo "PostgreSQL unavailable (not installed or not starting; run as root to install it): alternatives (a) and (b) are skipped"
  if command -v redis-server >/dev/null 2>&1; then
    redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 \
      || redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null
    for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
    redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && redis_ok=yes \
      && echo "Redis $(redis-server --version | grep -o 'v=[0-9.]*') on 6379 (memory only, as .ci/run starts it)" | tee -a "$OUT/machine.txt"
  fi
  [[ -n $redis_ok ]] || echo "Redis unavailable (not installed or not starting; run as root to install it): alternative (b) is skipped"
fi

# start_host NAME PORT DIR COMMAND...: starts a host in the background and waits until POST / answers.
start_host() {
  local name=$1 port=$2 dir=$3; shift 3
  (cd "$dir" && exec "$@" --urls "http://127.0.0.1:$port") > "$OUT/$name-host.log" 2>&1 &
  pids+=($!)
  host_pid=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null -X POST "http://127.0.0.1:$port/" && return 0
    kill -0 "$host_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "$name did not start; see $OUT/$name-host.log"; tail -n 5 "$OUT/$name-host.log"; return 1
}

stop_host() { kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; }

# run TARGET PHASE CONNECTIONS URL ARGS...: one generator run, recorded in runs.tsv.
run() {
  local target=$1 phase=$2 c=$3 url=$4; shift 4
  local file="$target-$phase-c$c.json"
  say "$target / $phase / $c connections"
  local status=0
  "$loadtest" --url "$url" --connections "$c" --duration "$DURATION" --json "$OUT/$file" "$@" \
    > "$OUT/$target-$phase-c$c.txt" 2>&1 || status=$?
  grep -v "preparing users" "$OUT/$target-$phase-c$c.txt" | sed -n '/^throughput/,$p' | head -n 30
  [[ $status == 0 ]] || echo "(generator exit code $status; full output in $OUT/$target-$phase-c$c.txt)"
  if [[ -f "$OUT/$file" ]]; then printf '%s\t%s\t%s\t%s\n' "$target" "$phase" "$c" "$file" >> "$OUT/runs.tsv"
  else printf '%s\t%s\t%s\tskip: the generator failed (%s)\n' "$target" "$phase" "$c" "$(tail -n 1 "$OUT/$target-$phase-c$c.txt")" >> "$OUT/runs.tsv"; fi
}

skip() { for c in $CONNECTIONS; do for phase in "${@:2:$#-2}"; do printf '%s\t%s\t%s\tskip: %s\n' "$1" "$phase" "$c" "${*: -1}" >> "$OUT/runs.tsv"; done; done; }

# seckill_runs TARGET URL EXTRA...: buying and sold-out phases at every connection count, with the same users
# (registered by the first run, logged in by SMS code by the next ones).
seckill_runs() {
  local target=$1 url=$2; shift 2
  local prefix="13$(printf '%02d' $((RANDOM % 100)))"
  for c in $CONNECTIONS; do
    run "$target" buy "$c" "$url" --users "$USERS" --mobile-prefix "$prefix" --quota "$BUY_QUOTA" --limit-per-user 0 "$@"
    run "$target" soldout "$c" "$url" --users "$USERS" --mobile-prefix "$prefix" --quota "$SOLDOUT_QUOTA" --limit-per-user 0 --keep-going "$@"
  done
}

for target in $TARGETS; do
  case $target in
    ceiling)
      if start_host ceiling 5201 bench/Ceiling/bin/Release/net10.0 ./Ceiling; then
        for c in $CONNECTIONS; do run ceiling ping "$c" http://127.0.0.1:5201 --scenario ping; done
        stop_host
      else skip ceiling ping "the ceiling host did not start"; fi ;;
    product)
      # LOADTEST.md's load-test limits; a fresh SQLite data folder; a 10,000,000-unit bench product; a cheap password
      # hash, which only speeds up preparing the users (the flash-sale path never hashes a password).
      rm -rf "$OUT/product-data"
      if start_host product 5202 bench/ProductHost/bin/Release/net10.0 ./ProductHost --data-dir "$OUT/product-data" \
          --IpGuard:SmsPerDay 1000000 --IpGuard:FailuresToBan 1000000 --Sms:PerMobilePerDay 1000 --Sms:SendInterval 00:00:00 \
          --PasswordHash:Iterations 1000 --Bench:Stock 10000000; then
        for c in $CONNECTIONS; do run product ping "$c" http://127.0.0.1:5202 --scenario ping; done
        seckill_runs product http://127.0.0.1:5202
        stop_host
      else skip product ping buy soldout "ApiHost did not start"; fi ;;
    pg|redis)
      store=$([[ $target == pg ]] && echo Postgres || echo Redis)
      port=$([[ $target == pg ]] && echo 5203 || echo 5204)
      if [[ -z $pg_ok ]]; then skip "$target" buy soldout "PostgreSQL is not available"; continue; fi
      if [[ $target == redis && -z $redis_ok ]]; then skip "$target" buy soldout "Redis is not available"; continue; fi
      if start_host "$target" "$port" bench/SeckillAlternatives/bin/Release/net10.0 ./SeckillAlternatives --Store "$store" --Postgres "$pg_conn"; then
        seckill_runs "$target" "http://127.0.0.1:$port" --product-id 1
        stop_host
      else skip "$target" buy soldout "the $store alternative did not start"; fi ;;
    *) echo "unknown target $target (ceiling, product, pg, redis)"; exit 2 ;;
  esac
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
say "summary ($OUT/summary.md, chart $OUT/chart.svg)"
"$root/bench/SeckillReport/bin/Release/net10.0/SeckillReport" "$OUT"
