#!/usr/bin/env bash
# A local cluster on this machine (README.md, "Run a cluster"):
#   PostgreSQL (database breach_response), two nodes in development mode copied from target/server
#   (node-a: port offset 1, http://localhost:8081; node-b: offset 2, http://localhost:8082; management 9991/9992),
#   one secrets key file both share, and HAProxy with deploy/haproxy.cfg on http://localhost:8080.
#
#   bash deploy/local-cluster.sh up       start what is not running yet (safe to run again)
#   bash deploy/local-cluster.sh status   what runs, and whether each node is ready
#   bash deploy/local-cluster.sh down     stop what 'up' started
#
# Everything lives under target/cluster/: each node's copy of the server (kept for the next 'up' while
# target/server is unchanged), the logs (node-a.log, node-b.log, haproxy.log), the pid files, the secrets key.
# Root is needed only to install or start PostgreSQL and to install HAProxy; once those are there it runs as
# any user. BREACH_MVN_ARGS adds arguments to the Maven build (e.g. -o when offline).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVER="$ROOT/target/server"
CLUSTER="$ROOT/target/cluster"
# BREACH_LB_CONFIG: another HAProxy configuration with the same variables (e.g. a copy with TLS lines), else ours.
HAPROXY_CFG="${BREACH_LB_CONFIG:-$ROOT/deploy/haproxy.cfg}"
LB_PORT=8080
NODES=(node-a node-b)
declare -A OFFSET=([node-a]=1 [node-b]=2)
DB_PORT=5432
DB_NAME=breach_response
DB_USER=breach_response
DB_PASSWORD=breach_response
START_TIMEOUT_SECONDS=300
STOP_TIMEOUT_SECONDS=60
# What is not copied from the provisioned server into a node (as src/test/java/org/breachresponse/ProductionServer).
NOT_COPIED=(./standalone/data ./standalone/log ./standalone/tmp ./standalone/configuration/standalone_xml_history
  '*.war.deployed' '*.war.failed' '*.war.isdeploying' '*.war.pending' '*.war.undeployed')

say() { echo "local-cluster: $*"; }
fail() {
  echo "local-cluster: ERROR: $*" >&2
  exit 1
}
is_root() { [ "$(id -u)" -eq 0 ]; }

http_port() { echo $((8080 + OFFSET[$1])); }
https_port() { echo $((8443 + OFFSET[$1])); }
management_port() { echo $((9990 + OFFSET[$1])); }

# --- processes: only ever signal a pid whose command line shows it is ours -----------------------------------------

# The pid in a pid file if that process still runs and its command line contains the marker, else nothing.
live_pid() {
  local file=$1 marker=$2 pid
  [ -f "$file" ] || return 0
  pid=$(tr -dc '0-9' <"$file")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 0
  if tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker"; then
    echo "$pid"
  fi
}
node_pid() { live_pid "$CLUSTER/$1.pid" "-Djboss.home.dir=$CLUSTER/$1"; }
# HAProxy's command line names the configuration it was started with (kept in haproxy.config).
haproxy_pid() { live_pid "$CLUSTER/haproxy.pid" "$(cat "$CLUSTER/haproxy.config" 2>/dev/null || echo "$HAPROXY_CFG")"; }

# Sends TERM, waits, then KILL; returns once the process is gone.
stop_pid() {
  local pid=$1 name=$2 timeout=$3 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < timeout * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || { say "$name stopped"; return 0; }
    sleep 0.5
  done
  say "$name did not stop within ${timeout}s: killing it"
  kill -KILL "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

# --- ports ----------------------------------------------------------------------------------------------------------

port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}
port_owner() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | sed 's/^/    /' || true
  fi
}
require_free() {
  local port
  for port in "$@"; do
    if port_in_use "$port"; then
      fail "port $port is in use by another program; stop it first (deploy/local-cluster.sh down stops only what 'up' started):
$(port_owner "$port")"
    fi
  done
}

# Before anything starts: the ports of every part that does not run yet must be free.
preflight_ports() {
  local node
  for node in "${NODES[@]}"; do
    if [ -z "$(node_pid "$node")" ]; then
      require_free "$(http_port "$node")" "$(https_port "$node")" "$(management_port "$node")"
    fi
  done
  if [ -z "$(haproxy_pid)" ]; then
    require_free "$LB_PORT"
  fi
}

# --- HTTP -----------------------------------------------------------------------------------------------------------

# The HTTP status of a GET, or 000 when nothing answers.
status_of() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

# ready | starting | down: readiness (/camunda/health/ready) where the build has it, else the welcome page.
readiness() {
  local base=$1 code
  code=$(status_of "$base/camunda/health/ready")
  case "$code" in
    200) echo ready ;;
    000) echo down ;;
    404)
      code=$(status_of "$base/camunda/app/welcome/")
      case "$code" in 2?? | 3?? | 401) echo ready ;; 000) echo down ;; *) echo starting ;; esac
      ;;
    *) echo starting ;;
  esac
}

# --- PostgreSQL -----------------------------------------------------------------------------------------------------

db_answers() {
  if command -v psql >/dev/null 2>&1; then
    PGPASSWORD="$DB_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -h localhost -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" \
      -tAc 'SELECT 1' >/dev/null 2>&1
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$DB_PORT") 2>/dev/null
  fi
}

# Status of Debian's PostgreSQL cluster on port 5432: "<version> <cluster> <online|down>", or nothing.
pg_cluster() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  pg_lsclusters -h 2>/dev/null | awk -v p="$DB_PORT" '$3 == p { print $1, $2, $4; exit }'
}

start_postgresql() {
  local before after
  if db_answers && ! is_root; then
    say "PostgreSQL answers on localhost:$DB_PORT (database $DB_NAME)"
    return
  fi
  if ! is_root; then
    fail "PostgreSQL does not answer on localhost:$DB_PORT as $DB_USER/$DB_NAME and starting it needs root.
  Run once as root:   sudo bash .ci/start-postgresql.sh
  (or run this script as root), then run this command again."
  fi
  before=$(pg_cluster)
  # Idempotent: installs Debian's PostgreSQL if missing, starts it, creates role and database breach_response.
  bash "$ROOT/.ci/start-postgresql.sh" | sed 's/^/  /'
  after=$(pg_cluster)
  if [ "${before##* }" != "online" ] && [ "${after##* }" = "online" ] && [ ! -f "$CLUSTER/postgresql.started" ]; then
    echo "${after% *}" >"$CLUSTER/postgresql.started"
    say "PostgreSQL ${after% *} was started by this script: 'down' stops it again"
  fi
  db_answers || fail "PostgreSQL was started but $DB_USER cannot reach database $DB_NAME on localhost:$DB_PORT"
}

stop_postgresql() {
  local started version cluster others
  [ -f "$CLUSTER/postgresql.started" ] || return 0
  started=$(cat "$CLUSTER/postgresql.started")
  version=${started% *}
  cluster=${started#* }
  if ! is_root; then
    say "PostgreSQL $version/$cluster was started by 'up' as root: stop it as root (sudo pg_ctlcluster $version $cluster stop)"
    return
  fi
  # Someone else may have started using it meanwhile (another program, a test run): then leave it running.
  others=$(cd / && runuser -u postgres -- psql -X -q -p "$DB_PORT" -d postgres -tAc \
    "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()" 2>/dev/null || echo 0)
  if [ "${others:-0}" -gt 0 ]; then
    say "PostgreSQL $version/$cluster left running: $others other connection(s) use it"
  else
    pg_ctlcluster "$version" "$cluster" stop && say "PostgreSQL $version/$cluster stopped"
  fi
  rm -f "$CLUSTER/postgresql.started"
}

# --- the provisioned server -----------------------------------------------------------------------------------------

provisioned_for() {
  local xml="$SERVER/standalone/configuration/standalone.xml"
  if [ ! -x "$SERVER/bin/standalone.sh" ] || [ ! -f "$xml" ] || [ ! -f "$SERVER/standalone/deployments/camunda.war" ]; then
    echo none
  elif grep -q '<driver>postgresql</driver>' "$xml"; then
    echo postgresql
  elif grep -q '<driver>h2</driver>' "$xml"; then
    echo h2
  else
    echo unknown
  fi
}

provision_server() {
  local database
  database=$(provisioned_for)
  if [ "$database" = postgresql ]; then
    say "target/server is provisioned for PostgreSQL"
    return
  fi
  command -v mvn >/dev/null 2>&1 || fail "Maven (mvn) is needed to build target/server (Debian: apt-get install maven)"
  case "$database" in
    none) say "target/server is missing: building it for PostgreSQL (a few minutes)" ;;
    h2) say "target/server is provisioned for H2, which is single-node: rebuilding it for PostgreSQL (a few minutes)" ;;
    *) say "target/server's database is not recognised: rebuilding it for PostgreSQL (a few minutes)" ;;
  esac
  # -DskipUTs too: the unit tests' surefire configuration does not follow -DskipTests.
  # shellcheck disable=SC2086
  (cd "$ROOT" && mvn -B -ntp ${BREACH_MVN_ARGS:-} -DskipTests -DskipUTs -Dbreach.database=postgresql package) \
    >"$CLUSTER/build.log" 2>&1 || {
    tail -n 30 "$CLUSTER/build.log" >&2
    fail "the build failed (whole log: target/cluster/build.log)"
  }
  [ "$(provisioned_for)" = postgresql ] || fail "the build did not provision target/server for PostgreSQL (target/cluster/build.log)"
  say "target/server built for PostgreSQL"
}

# What identifies this build of target/server: its configuration and its WAR.
server_stamp() {
  {
    sha256sum "$SERVER/standalone/configuration/standalone.xml" | cut -d' ' -f1
    stat -c '%s %Y' "$SERVER/standalone/deployments/camunda.war"
  } | tr '\n' ' '
}

# Copies target/server into target/cluster/<node>, unless an up-to-date copy is there already.
copy_server() {
  local node=$1 home="$CLUSTER/$1" stamp excludes=()
  stamp=$(server_stamp)
  if [ -x "$home/bin/standalone.sh" ] && [ "$(cat "$home.stamp" 2>/dev/null)" = "$stamp" ]; then
    return
  fi
  if [ -d "$home" ]; then
    say "$node: target/server has changed since its copy was made: copying it again"
    rm -rf "$home"
  else
    say "$node: copying target/server to target/cluster/$node"
  fi
  for pattern in "${NOT_COPIED[@]}"; do excludes+=("--exclude=$pattern"); done
  mkdir -p "$home"
  tar -C "$SERVER" "${excludes[@]}" -cf - . | tar -C "$home" -xf -
  echo "$stamp" >"$home.stamp"
}

# --- the shared secrets key -----------------------------------------------------------------------------------------

# One key for both nodes: each seals and opens the practices' secrets (practice/SecretBox) in the shared database.
# Made here, before any node starts, so that two nodes never each create a key of their own.
secrets_key() {
  local file="$CLUSTER/secrets.key" decoded
  if [ ! -f "$file" ]; then
    (umask 077 && head -c 32 /dev/urandom | base64 >"$file")
    say "made the shared secrets key target/cluster/secrets.key (mode 600)"
  fi
  chmod 600 "$file"
  decoded=$(base64 -d <"$file" 2>/dev/null | wc -c) || true
  [ "$decoded" -eq 32 ] || fail "$file must hold the base64 of 32 random bytes (delete it to make a new one)"
}

# --- nodes ----------------------------------------------------------------------------------------------------------

start_node() {
  local node=$1 home="$CLUSTER/$1" pid http launcher
  http=$(http_port "$node")
  pid=$(node_pid "$node")
  if [ -n "$pid" ]; then
    say "$node already runs (pid $pid, http://localhost:$http)"
  else
    require_free "$http" "$(https_port "$node")" "$(management_port "$node")"
    copy_server "$node"
    rm -f "$home/standalone/deployments/"*.war.failed
    say "$node: starting (port offset ${OFFSET[$node]}, log target/cluster/$node.log)"
    # A process of its own (setsid): it keeps running after this script ends and is not hit by the terminal's Ctrl+C.
    # standalone.sh runs the JVM in the background and writes its pid to JBOSS_PIDFILE (WildFly's bin/standalone.sh).
    env BREACH_MODE=development \
      BREACH_NODE_NAME="$node" \
      BREACH_SECRETS_KEY_FILE="$CLUSTER/secrets.key" \
      BREACH_DB_URL="${BREACH_DB_URL:-jdbc:postgresql://localhost:$DB_PORT/$DB_NAME}" \
      LAUNCH_JBOSS_IN_BACKGROUND=1 \
      JBOSS_PIDFILE="$CLUSTER/$node.pid" \
      setsid nohup "$home/bin/standalone.sh" "-Djboss.socket.binding.port-offset=${OFFSET[$node]}" \
      >>"$CLUSTER/$node.log" 2>&1 </dev/null &
    launcher=$!
    echo "$launcher" >"$CLUSTER/$node.launcher.pid"
  fi
  await_node "$node"
}

await_node() {
  local node=$1 base i state
  base="http://localhost:$(http_port "$node")"
  for ((i = 0; i < START_TIMEOUT_SECONDS; i += 2)); do
    state=$(readiness "$base")
    if [ "$state" = ready ]; then
      say "$node is ready ($base/camunda/)"
      return
    fi
    if [ -f "$CLUSTER/$node/standalone/deployments/camunda.war.failed" ]; then
      tail -n 40 "$CLUSTER/$node.log" >&2
      fail "$node: the WAR failed to deploy: $(cat "$CLUSTER/$node/standalone/deployments/camunda.war.failed")"
    fi
    if [ -z "$(node_pid "$node")" ] && [ "$i" -ge 6 ]; then
      tail -n 40 "$CLUSTER/$node.log" >&2
      fail "$node stopped while starting (log: target/cluster/$node.log)"
    fi
    sleep 2
  done
  tail -n 40 "$CLUSTER/$node.log" >&2
  fail "$node was not ready within ${START_TIMEOUT_SECONDS}s (log: target/cluster/$node.log)"
}

stop_node() {
  local node=$1 pid launcher
  pid=$(node_pid "$node")
  if [ -n "$pid" ]; then
    say "$node: stopping (pid $pid; WildFly shuts down gracefully on TERM)"
    stop_pid "$pid" "$node" "$STOP_TIMEOUT_SECONDS"
  fi
  launcher=$(live_pid "$CLUSTER/$node.launcher.pid" "$CLUSTER/$node/bin/standalone.sh")
  if [ -n "$launcher" ]; then
    stop_pid "$launcher" "$node's standalone.sh" 10
  fi
  rm -f "$CLUSTER/$node.pid" "$CLUSTER/$node.launcher.pid"
}

# --- HAProxy --------------------------------------------------------------------------------------------------------

lb_environment() {
  echo BREACH_LB_ADDRESS=127.0.0.1 BREACH_LB_PORT="$LB_PORT" \
    BREACH_NODE_A="127.0.0.1:$(http_port node-a)" BREACH_NODE_B="127.0.0.1:$(http_port node-b)"
}

install_haproxy() {
  if command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; then
    return
  fi
  is_root || fail "HAProxy is not installed and installing it needs root: sudo apt-get install haproxy, then run this again"
  say "installing Debian's haproxy package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq || fail "apt-get update failed"
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq haproxy >/dev/null || fail "apt-get install haproxy failed"
  # The package starts its own service (/etc/haproxy/haproxy.cfg); the cluster runs a process of its own instead.
  service haproxy stop >/dev/null 2>&1 || true
}

start_haproxy() {
  local pid i haproxy
  pid=$(haproxy_pid)
  if [ -n "$pid" ]; then
    say "HAProxy already runs (pid $pid, http://localhost:$LB_PORT)"
    return
  fi
  install_haproxy
  haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
  require_free "$LB_PORT"
  # shellcheck disable=SC2046
  env $(lb_environment) "$haproxy" -c -q -f "$HAPROXY_CFG" || fail "HAProxy refuses $HAPROXY_CFG (see above)"
  say "HAProxy: starting on port $LB_PORT with ${HAPROXY_CFG#"$ROOT"/} (log target/cluster/haproxy.log)"
  # -db: stays in the foreground of its own process (logs to stdout), not a system service.
  # shellcheck disable=SC2046
  env $(lb_environment) setsid nohup "$haproxy" -db -f "$HAPROXY_CFG" >>"$CLUSTER/haproxy.log" 2>&1 </dev/null &
  echo $! >"$CLUSTER/haproxy.pid"
  echo "$HAPROXY_CFG" >"$CLUSTER/haproxy.config"
  for ((i = 0; i < 30; i++)); do
    if [ "$(readiness "http://localhost:$LB_PORT")" = ready ]; then
      say "HAProxy forwards to the nodes (http://localhost:$LB_PORT/camunda/)"
      return
    fi
    [ -n "$(haproxy_pid)" ] || { tail -n 20 "$CLUSTER/haproxy.log" >&2; fail "HAProxy stopped (target/cluster/haproxy.log)"; }
    sleep 1
  done
  tail -n 20 "$CLUSTER/haproxy.log" >&2
  fail "HAProxy runs but answers no ready node on port $LB_PORT after 30s (target/cluster/haproxy.log)"
}

stop_haproxy() {
  local pid
  pid=$(haproxy_pid)
  if [ -n "$pid" ]; then
    say "HAProxy: stopping (pid $pid)"
    stop_pid "$pid" HAProxy 10
  fi
  rm -f "$CLUSTER/haproxy.pid" "$CLUSTER/haproxy.config"
}

# --- commands -------------------------------------------------------------------------------------------------------

up() {
  command -v curl >/dev/null 2>&1 || fail "curl is needed (Debian: apt-get install curl)"
  mkdir -p "$CLUSTER"
  preflight_ports
  if [ -n "${BREACH_DB_URL:-}" ] && [[ "$BREACH_DB_URL" != jdbc:postgresql:* ]]; then
    fail "BREACH_DB_URL=$BREACH_DB_URL is not PostgreSQL: a cluster's nodes share one PostgreSQL database (H2 is single-node)"
  fi
  start_postgresql
  provision_server
  secrets_key
  # One after the other: the first start on an empty database migrates it and seeds the development users.
  for node in "${NODES[@]}"; do start_node "$node"; done
  start_haproxy
  cat <<EOF

The cluster runs (development mode: never give it real data).
  Through HAProxy:  http://localhost:$LB_PORT/camunda/app/tasklist/     (Cockpit .../app/cockpit/, Admin .../app/admin/)
                    http://localhost:$LB_PORT/camunda/api/breach/       (our API, HTTP Basic)
  Each node:        node-a http://localhost:$(http_port node-a)/camunda/    node-b http://localhost:$(http_port node-b)/camunda/
  Users (password = user name): demo (admin), front-desk, it-responder, it-responder-2, privacy-officer,
                    practice-owner, compliance-auditor
  Logs:             target/cluster/node-a.log, node-b.log, haproxy.log
  Stop:             bash deploy/local-cluster.sh down
EOF
}

status() {
  local node pid state line
  if db_answers; then say "PostgreSQL: answers on localhost:$DB_PORT ($DB_NAME)"; else say "PostgreSQL: does not answer on localhost:$DB_PORT"; fi
  for node in "${NODES[@]}"; do
    pid=$(node_pid "$node")
    state=$(readiness "http://localhost:$(http_port "$node")")
    if [ -n "$pid" ]; then
      say "$node: runs (pid $pid), $state, http://localhost:$(http_port "$node")/camunda/"
    else
      say "$node: not running"
    fi
  done
  pid=$(haproxy_pid)
  if [ -n "$pid" ]; then
    say "HAProxy: runs (pid $pid), http://localhost:$LB_PORT/camunda/"
    for node in "${NODES[@]}"; do
      line=$(grep -E "Server breach_nodes/$node is (UP|DOWN)" "$CLUSTER/haproxy.log" 2>/dev/null | tail -n 1 || true)
      if [ -n "$line" ]; then
        say "  its last word on $node: ${line#*Server }"
      fi
    done
  else
    say "HAProxy: not running"
  fi
  return 0
}

down() {
  [ -d "$CLUSTER" ] || { say "nothing to stop (no target/cluster)"; return; }
  stop_haproxy
  for node in "${NODES[@]}"; do stop_node "$node"; done
  stop_postgresql
  say "down"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *)
    echo "usage: bash deploy/local-cluster.sh up|down|status" >&2
    exit 2
    ;;
esac
