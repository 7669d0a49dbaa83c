#!/usr/bin/env bash
# The cluster, side by side (issue 8, "Performance"): the seckill scenario of tools/LoadTest through nginx against
# clusters started by cluster/up.sh with 1, 2 and 3 silos (2 API hosts each), and with 1 vs K stock shards. Every
# configuration gets a fresh PostgreSQL database, its own Redis and run folder, and is stopped with cluster/down.sh
# before the next one starts, so the configurations never share a process or a row.
#
# Per configuration: up.sh -> (ping phase: signed requests the gateway answers itself, through nginx and both API
# hosts: the front end's ceiling on this machine at that moment) -> buy phase: a 10 s closed loop on a sale whose
# quota outlasts the run, ending with the generator's invariant check -> down.sh. Around the buy phase the script
# reads the CPU time of every process of the cluster from /proc (silos, API hosts, nginx workers, Redis, and all
# PostgreSQL backends of the machine), so that CPU-milliseconds per order can be quoted: on a shared, noisy machine
# that is steadier than orders/s.
#
# Usage: bash bench/cluster-compare.sh     (as root: the local PostgreSQL cluster is used through `su postgres`;
#                                           redis-server and nginx installed)
# Settings (environment):
#   CONFIGS="1:1 2:1 3:1 3:4 1:4"  silos:shards per configuration, run in this order (reversed on even rounds)
#   ROUNDS=1 DURATION=10s PING_DURATION=5s (0 skips the ping phase) CONNECTIONS=64 USERS=200 APIS=2
#   QUOTA=1000000 (the admin API's cap; the product is topped up to cover it)
#   POOL=15 (PostgreSQL connections per process: 5 processes x 15 stay below the server's max_connections of 100)
#   PORT=18180 REDIS_PORT=16390 SILO_PORT=21111 API_PORT=18181   (away from up.sh's defaults and the tests' random ports)
#   OUT=bench/results/cluster-<time>
# Results: $OUT/<config>-r<round>-{ping,buy}.{json,txt}, $OUT/<config>-r<round>-cpu.tsv, $OUT/runs.tsv, $OUT/summary.md
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

CONFIGS=${CONFIGS:-"1:1 2:1 3:1 3:4 1:4"}
ROUNDS=${ROUNDS:-1}
DURATION=${DURATION:-10s}
PING_DURATION=${PING_DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-64}
USERS=${USERS:-200}
APIS=${APIS:-2}
QUOTA=${QUOTA:-1000000}
POOL=${POOL:-15}
PORT=${PORT:-18180}
REDIS_PORT=${REDIS_PORT:-16390}
SILO_PORT=${SILO_PORT:-21111}
API_PORT=${API_PORT:-18181}
OUT=${OUT:-bench/results/cluster-$(date +%Y%m%d-%H%M%S)}
export ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
current_run=""
current_db=""

say() { printf '\n== %s\n' "$*"; }

# Whatever happens (an error, Ctrl+C), the cluster that is up goes down and its database is dropped.
cleanup() {
  if [[ -n $current_run ]]; then bash "$root/cluster/down.sh" --run-dir "$current_run" >/dev/null 2>&1 || true; fi
  if [[ -n $current_db ]]; then psql_admin -q -c "DROP DATABASE IF EXISTS $current_db" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# PostgreSQL: the local cluster (as up.sh and .ci/run start it); each configuration gets its own database on it.
read -r pg_version pg_name pg_port _ < <(pg_lsclusters -h | head -n 1)
pg_lsclusters -h | head -n 1 | grep -q online || pg_ctlcluster "$pg_version" "$pg_name" start
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
psql_admin() { su postgres -c "psql -p $pg_port $(printf '%q ' "$@")"; }
psql_admin -q -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null
# Each silo and API host has its own Npgsql pool (default: up to 100 connections), and the server allows
# max_connections (100 here) in all: 5 processes with default pools ran the server out of connections ("53300:
# sorry, too many clients already") within seconds. POOL connections per process keep 3 silos + 2 API hosts below it.
pg_base="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Maximum Pool Size=$POOL"

say "machine"
{ echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"; echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)";
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"; echo "dotnet: $(dotnet --version)";
  echo "PostgreSQL $pg_version: synchronous_commit=$(psql_admin -tA -c 'show synchronous_commit'), fsync=$(psql_admin -tA -c 'show fsync'), max_connections=$(psql_admin -tA -c 'show max_connections')";
  echo "redis: $(redis-server --version | grep -o 'v=[0-9.]*'); nginx: $( (nginx -v 2>&1 || /usr/sbin/nginx -v 2>&1) | head -n 1)";
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)";
  echo "settings: CONFIGS='$CONFIGS' ROUNDS=$ROUNDS DURATION=$DURATION PING_DURATION=$PING_DURATION CONNECTIONS=$CONNECTIONS USERS=$USERS APIS=$APIS QUOTA=$QUOTA POOL=$POOL"; } | tee "$OUT/machine.txt"

say "build (Release)"
for project in ApiHost Silo tools/LoadTest; do
  dotnet build -c Release "$project" -v q -nologo 2>&1 | grep -E " error |rror\(s\)" | grep -v " 0 Error" || true
done
bin="$OUT/bin"
mkdir -p "$bin"
# up.sh takes one folder holding Silo.dll and ApiHost.dll; both outputs copied into one folder (ApiHost's
# dependencies are a superset of Silo's, and the shared assemblies are the same build).
cp -r "$root/Silo/bin/Release/net10.0/." "$bin/"
cp -r "$root/ApiHost/bin/Release/net10.0/." "$bin/"
loadtest="$root/tools/LoadTest/bin/Release/net10.0/LoadTest"

# LOADTEST.md's host settings (as tests/Orleans.Tests/Cluster/Processes/LocalCluster.cs passes them): the generator
# registers many users from one address.
host_settings=(--IpGuard:SmsPerDay 1000000 --IpGuard:FailuresToBan 1000000 --Sms:PerMobilePerDay 1000
               --Sms:SendInterval 00:00:00 --PasswordHash:Iterations 1000)

# cpu_ticks RUN: "name<TAB>pid<TAB>ticks" (utime+stime, children not included) of every cluster process, nginx's
# workers (children of its master) and every PostgreSQL process of the machine (other databases' backends included:
# the script cannot tell them apart, and on this machine they are mostly idle).
cpu_ticks() {
  local run=$1 f name pid
  for f in "$run"/*.pid; do
    name=$(basename "$f" .pid); pid=$(cat "$f" 2>/dev/null || true)
    [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/stat ]] || continue
    if [[ $name == nginx ]]; then
      for w in $(pgrep -P "$pid" || true); do printf 'nginx\t%s\t%s\n' "$w" "$(awk '{print $14 + $15}' "/proc/$w/stat" 2>/dev/null || echo 0)"; done
    fi
    printf '%s\t%s\t%s\n' "$name" "$pid" "$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  done
  for pid in $(pgrep -x postgres || true); do printf 'postgres\t%s\t%s\n' "$pid" "$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)"; done
}

# cpu_delta BEFORE AFTER: CPU seconds per process group between two cpu_ticks snapshots, process by process: a
# process that started in between counts from 0; one that ended in between (a PostgreSQL backend whose connection
# closed) is lost, so PostgreSQL's figure is a lower bound.
cpu_delta() {
  python3 - "$1" "$2" "$(getconf CLK_TCK)" <<'PY'
import sys, collections, re
def read(path):
    return {(re.sub(r"\d+$", "", name), pid): float(ticks) for name, pid, ticks in (l.rstrip("\n").split("\t") for l in open(path) if l.strip())}
before, after, tck = read(sys.argv[1]), read(sys.argv[2]), float(sys.argv[3])
sums = collections.Counter()
for key, ticks in after.items():
    sums[key[0]] += max(0.0, ticks - before.get(key, 0.0))
for name in ["silo", "api", "nginx", "redis", "postgres"]:
    print(f"{name}\t{sums[name] / tck:.2f}")
PY
}

printf 'round\tconfig\tsilos\tshards\tping_rps\torders\tseconds\torders_per_s\tbuy_rps\tp50_ms\tp99_ms\terrors\tinvariants\tcpu_silo_s\tcpu_api_s\tcpu_nginx_s\tcpu_redis_s\tcpu_pg_s\tload_before\tload_after\n' > "$OUT/runs.tsv"

run_config() { # ROUND SILOS SHARDS
  local round=$1 silos=$2 shards=$3
  local name="s${silos}-k${shards}" tag="s${silos}-k${shards}-r${round}"
  local run="$OUT/run-$tag" db="clusterbench_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
  local load_before; load_before=$(cut -d' ' -f1 /proc/loadavg)
  say "round $round: $silos silos, $APIS API hosts, $shards shard(s) (database $db, load $load_before)"
  psql_admin -q -c "CREATE DATABASE $db" >/dev/null
  current_db=$db; current_run=$run
  local url
  url=$(CLUSTER_POSTGRES="$pg_base;Database=$db" bash "$root/cluster/up.sh" --silos "$silos" --apis "$APIS" --run-dir "$run" \
        --bin "$bin" --port "$PORT" --redis-port "$REDIS_PORT" --silo-port "$SILO_PORT" --api-port "$API_PORT" \
        -- "${host_settings[@]}" 2> "$OUT/$tag-up.log" | tail -n 1)
  echo "cluster up: $url ($(tr '\n' ' ' < "$OUT/$tag-up.log"))"

  # A product whose stock covers the quota: the demo catalogue's largest stock is ~1,000 units, so the first
  # goods's first product is topped up through the admin API (POST /v1/goods/{id}/stock).
  local product
  product=$(python3 - "$url" "$ADMIN_PASSWORD" "$QUOTA" <<'PY'
import json, sys, urllib.request
url, password, quota = sys.argv[1].rstrip("/"), sys.argv[2], int(sys.argv[3])
def call(method, path, body=None, token=None):
    request = urllib.request.Request(url + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", **({"X-Auth-Token": token} if token else {})})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)
token = call("POST", "/v1/login", {"username": "admin", "password": password})["data"][0]["token"]
goods = next(g for g in call("GET", "/v1/goods?__limit=50", token=token)["data"] if g.get("listed"))
detail = call("GET", f"/v1/goods/{goods['goodsid']}", token=token)["data"][0]
product = next(p for p in detail["products"] if p.get("enabled", True))
call("POST", f"/v1/goods/{goods['goodsid']}/stock", {"productid": product["productid"], "delta": quota, "reason": "cluster bench stock"}, token)
print(product["productid"])
PY
)
  local prefix="13$(printf '%02d' $((RANDOM % 100)))"
  local ping_rps="-"
  if [[ $PING_DURATION != 0 ]]; then
    "$loadtest" --url "$url" --scenario ping --connections "$CONNECTIONS" --duration "$PING_DURATION" --json "$OUT/$tag-ping.json" \
      > "$OUT/$tag-ping.txt" 2>&1 || echo "(ping: generator exit code $?; see $OUT/$tag-ping.txt)"
    ping_rps=$(python3 -c 'import json,sys; print("%.0f" % json.load(open(sys.argv[1]))["throughput"])' "$OUT/$tag-ping.json" 2>/dev/null || echo "-")
  fi

  # The buy phase in the background, so that the CPU snapshot is taken when the generator starts firing ("load: ").
  "$loadtest" --url "$url" --connections "$CONNECTIONS" --duration "$DURATION" --users "$USERS" --mobile-prefix "$prefix" \
    --quota "$QUOTA" --limit-per-user 0 --product-id "$product" --shards "$shards" --timeout 20s --json "$OUT/$tag-buy.json" \
    > "$OUT/$tag-buy.txt" 2>&1 &
  local generator=$! status=0
  for _ in $(seq 1 1200); do grep -q '^load: ' "$OUT/$tag-buy.txt" 2>/dev/null && break; kill -0 "$generator" 2>/dev/null || break; sleep 0.1; done
  cpu_ticks "$run" > "$OUT/$tag-cpu-before.tsv"
  wait "$generator" || status=$?
  cpu_ticks "$run" > "$OUT/$tag-cpu-after.tsv"
  cpu_delta "$OUT/$tag-cpu-before.tsv" "$OUT/$tag-cpu-after.tsv" > "$OUT/$tag-cpu.tsv"
  [[ $status == 0 ]] || echo "(buy: generator exit code $status; see $OUT/$tag-buy.txt)"
  grep -E '^(created flash sale|throughput|invariants)' "$OUT/$tag-buy.txt" || true

  # Where the sale's grains ran: each silo's activation counts (GET /stats), for the record.
  for i in $(seq 1 "$silos"); do
    printf 'silo%s\t%s\n' "$i" "$(curl -s --http2-prior-knowledge "http://127.0.0.1:$((SILO_PORT + i - 1))/stats" | head -c 2000)"
  done > "$OUT/$tag-silo-stats.txt"

  bash "$root/cluster/down.sh" --run-dir "$run"
  current_run=""
  psql_admin -q -c "DROP DATABASE IF EXISTS $db" >/dev/null || echo "could not drop $db (left for inspection)"
  current_db=""
  local load_after; load_after=$(cut -d' ' -f1 /proc/loadavg)

  python3 - "$OUT/$tag-buy.json" "$OUT/$tag-cpu.tsv" "$round" "$name" "$silos" "$shards" "$ping_rps" "$load_before" "$load_after" "$status" >> "$OUT/runs.tsv" <<'PY'
import json, sys
path, cpu_path, round_, name, silos, shards, ping, load_before, load_after, status = sys.argv[1:]
cpu = dict(line.split("\t") for line in open(cpu_path).read().split("\n") if line)
try:
    d = json.load(open(path))
except (OSError, ValueError):
    print("\t".join([round_, name, silos, shards, ping, "-", "-", "-", "-", "-", "-", "-", f"generator failed ({status})",
                     cpu.get("silo", "-"), cpu.get("api", "-"), cpu.get("nginx", "-"), cpu.get("redis", "-"), cpu.get("postgres", "-"), load_before, load_after]))
    sys.exit()
buy = next((m for m in d["methods"] if m["method"] == "seckill.buy"), None)
orders = sum(a["count"] for a in buy["answers"] if a["code"] == "200") if buy else 0
inv = d.get("invariants") or {}
held = "all hold" if inv and all(c["passed"] for c in inv["checks"]) else ("FAILED" if inv else (d.get("check_error") or "not checked"))
print("\t".join(str(x) for x in [round_, name, silos, shards, ping, orders, f"{d['seconds']:.2f}", f"{orders / d['seconds']:.1f}",
      f"{buy['throughput'] if buy else 0:.1f}", buy["latency_ms"]["p50"] if buy else "-", buy["latency_ms"]["p99"] if buy else "-", d["errors"], held,
      cpu.get("silo", "-"), cpu.get("api", "-"), cpu.get("nginx", "-"), cpu.get("redis", "-"), cpu.get("postgres", "-"), load_before, load_after]))
PY
  tail -n 1 "$OUT/runs.tsv"
}

for round in $(seq 1 "$ROUNDS"); do
  configs=($CONFIGS)
  if (( round % 2 == 0 )); then mapfile -t configs < <(printf '%s\n' "${configs[@]}" | tac); fi
  for config in "${configs[@]}"; do run_config "$round" "${config%%:*}" "${config##*:}"; done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
rm -rf "$bin" # a copy of the Release build (~45 MB); the logs and reports stay

# Summary: per configuration the median over rounds; ratios against the 1-silo, 1-shard configuration, and
# CPU-milliseconds per order (all processes of the cluster, PostgreSQL included).
python3 - "$OUT/runs.tsv" "$OUT/machine.txt" > "$OUT/summary.md" <<'PY'
import csv, statistics, sys
rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t") if r["orders_per_s"] not in ("-", "")]
def med(rs, key):
    values = [float(r[key]) for r in rs if r[key] not in ("-", "")]
    return statistics.median(values) if values else float("nan")
configs = []
for r in rows:
    if r["config"] not in configs: configs.append(r["config"])
base = [r for r in rows if r["config"] == "s1-k1"]
base_rate = med(base, "orders_per_s") if base else float("nan")
print(open(sys.argv[2]).read().strip().replace("\n", "  \n"))
print()
print("| silos | shards | rounds | ping req/s | orders/s | x (1 silo, 1 shard) | orders/s / ping | buy p50 ms | buy p99 ms | CPU ms/order: silos | API hosts | nginx | Redis | PostgreSQL | total | invariants |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for c in configs:
    rs = [r for r in rows if r["config"] == c]
    rate, ping = med(rs, "orders_per_s"), med(rs, "ping_rps")
    orders = sum(float(r["orders"]) for r in rs)
    cpu = {k: sum(float(r[f"cpu_{k}_s"]) for r in rs if r[f"cpu_{k}_s"] != "-") * 1000 / orders if orders else float("nan")
           for k in ["silo", "api", "nginx", "redis", "pg"]}
    held = ", ".join(sorted({r["invariants"] for r in rs}))
    print(f"| {rs[0]['silos']} | {rs[0]['shards']} | {len(rs)} | {ping:,.0f} | {rate:,.1f} | {rate / base_rate:.2f} | {rate / ping:.3f} | "
          f"{med(rs, 'p50_ms'):.1f} | {med(rs, 'p99_ms'):.1f} | {cpu['silo']:.2f} | {cpu['api']:.2f} | {cpu['nginx']:.2f} | {cpu['redis']:.2f} | "
          f"{cpu['pg']:.2f} | {sum(cpu.values()):.2f} | {held} |")
print()
print("Load average per run (1 min, before -> after): " + "; ".join(f"{r['config']} r{r['round']}: {r['load_before']} -> {r['load_after']}" for r in rows))
PY
say "summary ($OUT/summary.md)"
cat "$OUT/summary.md"
