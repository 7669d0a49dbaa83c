#!/usr/bin/env bash
# Starts a whole cluster on this machine (issue 8): PostgreSQL (grain state), Redis (membership), N silos, M API
# hosts in client mode, and nginx in front of the API hosts. Waits until every piece is healthy, writes each process
# id to $RUN/<name>.pid (silo1.., api1.., nginx, redis) and prints the load balancer's URL as its last line.
#
# Usage: cluster/up.sh [--silos N] [--apis M] [--port P] [--run-dir DIR] [--bin DIR] [--redis-port R]
#                      [--silo-port S] [--api-port A] [--death-timeout 10s]
#   --silos N         silos to start (default 3)          --apis M      API hosts (default 2)
#   --port P          nginx's port (default 8080)         --run-dir DIR pid files, logs, data (default cluster/run)
#   --bin DIR         a folder holding Silo.dll and ApiHost.dll (default: build both in Release)
#   --redis-port R    this cluster's own Redis (default 6390; memory only, like .ci/run's)
#   --silo-port S     first silo's grain-call port (default 11111; silo i listens on S+i-1)
#   --api-port A      first API host's port (default 8081)
#   --death-timeout T how long a silo may miss heartbeats before peers declare it dead (default 10s); silos
#                     heartbeat and re-read membership six times per death timeout, so a busy machine's late timer
#                     is not mistaken for a dead silo
#   -- ARGS...        settings for every silo and API host, e.g. -- --IpGuard:SmsPerDay 1000000
# Environment: CLUSTER_POSTGRES (a connection string; default: the local PostgreSQL, database orleans_cluster,
# installed and started like .ci/run when run as root), CLUSTER_POOL_SIZE (connections per pool and process unless
# the connection string sets "Maximum Pool Size"; default 12), ADMIN_PASSWORD (the admin API's password; default: generated
# and written to $RUN/admin-password), CLUSTER_ID (default "orleans").
# Stop everything with cluster/down.sh (same --run-dir).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
silos=3; apis=2; port=8080; run="$root/cluster/run"; bin=""; redis_port=6390; silo_port=11111; api_port=8081
death_timeout=10s
extra=()
while (($#)); do
  case $1 in
    --silos) silos=$2; shift 2 ;;
    --apis) apis=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --run-dir) run=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --redis-port) redis_port=$2; shift 2 ;;
    --silo-port) silo_port=$2; shift 2 ;;
    --api-port) api_port=$2; shift 2 ;;
    --death-timeout) death_timeout=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
extra=("$@")
[[ $silos =~ ^[1-9][0-9]?$ && $apis =~ ^[1-9][0-9]?$ ]] || { echo "--silos and --apis take 1..99" >&2; exit 2; }
mkdir -p "$run"
run=$(cd "$run" && pwd)
log() { printf '%s\n' "$*" >&2; }

# Milliseconds of 10s / 500ms, and TimeSpan text for .NET configuration (12345 -> 00:00:12.345).
millis() {
  case $1 in
    *ms) echo "${1%ms}" ;;
    *s) echo $(( ${1%s} * 1000 )) ;;
    *) echo "--death-timeout takes 10s or 500ms" >&2; exit 2 ;;
  esac
}
timespan() { printf '%02d:%02d:%02d.%03d' $(($1 / 3600000)) $(($1 / 60000 % 60)) $(($1 / 1000 % 60)) $(($1 % 1000)); }
death_ms=$(millis "$death_timeout")
beat_ms=$((death_ms / 6))

# Debian packages, as .ci/run installs them (only as root; otherwise they must be there already).
need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need+=(nginx)
[[ -n ${CLUSTER_POSTGRES:-} ]] || command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
if ((${#need[@]})); then
  [[ $(id -u) == 0 ]] || { log "missing ${need[*]}: install them (apt-get install ${need[*]}) or run as root"; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# PostgreSQL: grain state and read models of every silo.
pg=${CLUSTER_POSTGRES:-}
if [[ -z $pg ]]; then
  pg_lsclusters -h | grep -q . || pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -n 1)" main >/dev/null
  read -r pg_version pg_name pg_port _ < <(pg_lsclusters -h | head -n 1)
  pg_lsclusters -h | head -n 1 | grep -q online || pg_ctlcluster "$pg_version" "$pg_name" start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
  su postgres -c "psql -q -p $pg_port -c \"ALTER USER postgres PASSWORD 'postgres'\""
  su postgres -c "psql -tA -p $pg_port -c \"SELECT 1 FROM pg_database WHERE datname = 'orleans_cluster'\"" | grep -q 1 \
    || su postgres -c "createdb -p $pg_port orleans_cluster"
  pg="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=orleans_cluster"
fi

# Every silo and API host opens its own connection pools; PostgreSQL's default of 100 connections runs out under load
# with five processes at Npgsql's default pool size, so each process is capped unless the string says otherwise.
[[ $pg == *"Pool Size"* ]] || pg="$pg;Maximum Pool Size=${CLUSTER_POOL_SIZE:-12}"

# Redis: this cluster's membership table, on its own port so that a test can restart it.
if ! redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --save '' --appendonly no \
    --pidfile "$run/redis.pid" --logfile "$run/redis.log" >/dev/null
fi
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$redis_port" ping >/dev/null || { log "Redis did not start on $redis_port (see $run/redis.log)"; exit 1; }

# Binaries: prebuilt (tests pass their own output folder) or a Release build of both.
if [[ -z $bin ]]; then
  log "building Silo and ApiHost (Release)"
  dotnet build -c Release "$root/ApiHost" -v q -nologo >/dev/null
  dotnet build -c Release "$root/Silo" -v q -nologo >/dev/null
  silo_dll="$root/Silo/bin/Release/net10.0/Silo.dll"; api_dll="$root/ApiHost/bin/Release/net10.0/ApiHost.dll"
else
  silo_dll="$bin/Silo.dll"; api_dll="$bin/ApiHost.dll"
fi
[[ -f $silo_dll && -f $api_dll ]] || { log "Silo.dll or ApiHost.dll not found ($silo_dll, $api_dll)"; exit 1; }

if [[ -z ${ADMIN_PASSWORD:-} ]]; then
  [[ -f $run/admin-password ]] || od -An -N12 -tx1 /dev/urandom | tr -d ' \n' > "$run/admin-password"
  ADMIN_PASSWORD=$(cat "$run/admin-password")
fi
export ADMIN_PASSWORD
cluster_id=${CLUSTER_ID:-orleans}
common=(--Cluster:ClusterId "$cluster_id" --Cluster:Redis "127.0.0.1:$redis_port"
        --Cluster:DeathTimeout "$(timespan "$death_ms")" --Cluster:HeartbeatPeriod "$(timespan "$beat_ms")"
        --Cluster:RefreshPeriod "$(timespan "$beat_ms")" "${extra[@]}")

# alive NAME: whether $run/NAME.pid names a running process (up.sh run again only starts what is missing, so
# `up.sh --silos 4` on a running 3-silo cluster adds silo4).
alive() { [[ -f $run/$1.pid ]] && kill -0 "$(cat "$run/$1.pid")" 2>/dev/null; }

# start NAME DIR COMMAND...: a background process whose pid goes to $run/NAME.pid and output to $run/NAME.log.
start() {
  local name=$1 dir=$2; shift 2
  alive "$name" && return 0
  mkdir -p "$dir"
  (cd "$dir" && exec "$@") >> "$run/$name.log" 2>&1 &
  echo $! > "$run/$name.pid"
}

# wait_for NAME URL [CURL OPTIONS]: until the URL answers 200, or the process died, or 90 s passed.
wait_for() {
  local name=$1 url=$2; shift 2
  local pid; pid=$(cat "$run/$name.pid")
  for _ in $(seq 1 900); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$@" "$url" 2>/dev/null) == 200 ]] && return 0
    kill -0 "$pid" 2>/dev/null || { log "$name exited during start-up; last lines of $run/$name.log:"; tail -n 20 "$run/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  log "$name did not become healthy in 90 s ($url)"; exit 1
}

for i in $(seq 1 "$silos"); do
  p=$((silo_port + i - 1))
  start "silo$i" "$run/silo$i" dotnet "$silo_dll" --data-dir "$run/silo$i" "${common[@]}" \
    --Cluster:Mode Silo --Cluster:Host 127.0.0.1 --Cluster:Port "$p" \
    --Storage:Provider Postgres --Storage:ConnectionString "$pg"
done
for i in $(seq 1 "$silos"); do wait_for "silo$i" "http://127.0.0.1:$((silo_port + i - 1))/healthz" --http2-prior-knowledge; done
log "silos healthy: $silos"

upstreams=""
for i in $(seq 1 "$apis"); do
  p=$((api_port + i - 1))
  start "api$i" "$root/ApiHost" dotnet "$api_dll" --urls "http://127.0.0.1:$p" --data-dir "$run/api$i" "${common[@]}" \
    --Cluster:Mode Client --Storage:Provider Postgres --Storage:ConnectionString "$pg"
  upstreams+="    server 127.0.0.1:$p max_fails=1 fail_timeout=2s;"$'\n'
done
for i in $(seq 1 "$apis"); do wait_for "api$i" "http://127.0.0.1:$((api_port + i - 1))/health"; done
log "API hosts healthy: $apis"

# nginx: round robin over the API hosts with keep-alive upstream connections. A POST is only passed to the next
# host when it could not be sent (connection refused or reset before sending), never after: nginx does not retry
# non-idempotent requests unless told to, and we do not tell it.
mkdir -p "$run/nginx"
cat > "$run/nginx.conf.new" <<CONF
worker_processes 2;
pid $run/nginx.pid;
error_log $run/nginx-error.log warn;
daemon on;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path $run/nginx/body;
  proxy_temp_path $run/nginx/proxy;
  fastcgi_temp_path $run/nginx/fastcgi;
  uwsgi_temp_path $run/nginx/uwsgi;
  scgi_temp_path $run/nginx/scgi;
  client_max_body_size 8m;
  client_body_buffer_size 1m;
  upstream api {
$upstreams    keepalive 256;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout;
    }
  }
}
CONF
# A reload closes the old workers' keep-alive connections under their clients, so it happens only when the
# configuration changed (API hosts added), not when only silos joined.
if alive nginx && cmp -s "$run/nginx.conf.new" "$run/nginx.conf"; then
  rm -f "$run/nginx.conf.new"
elif alive nginx; then
  mv "$run/nginx.conf.new" "$run/nginx.conf"
  "$nginx_bin" -c "$run/nginx.conf" -p "$run/nginx" -s reload 2>>"$run/nginx-error.log"
else
  mv "$run/nginx.conf.new" "$run/nginx.conf"
  rm -f "$run/nginx.pid"
  "$nginx_bin" -c "$run/nginx.conf" -p "$run/nginx" 2>>"$run/nginx-error.log"
  for _ in $(seq 1 50); do [[ -s $run/nginx.pid ]] && break; sleep 0.1; done
fi
wait_for nginx "http://127.0.0.1:$port/health"
log "nginx healthy on $port"
echo "http://127.0.0.1:$port"
