#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for the PostgreSQL tests and the benchmark.
#   scripts/pg-cluster.sh start DIR [PORT]   install Debian's postgresql if missing, create a cluster in DIR (UTF-8,
#                                            C.UTF-8 ctype so pg_trgm indexes Arabic letters), listen on
#                                            127.0.0.1:PORT (default 5439), create role and database khabar
#                                            (password khabar); prints the JDBC URL
#   scripts/pg-cluster.sh createdb DIR PORT NAME   another empty database, owned by khabar
#   scripts/pg-cluster.sh stop DIR           stop it (the folder is left for the caller to remove)
# Works as root (the server then runs as the postgres user) and as a user who can sudo for the install.
set -euo pipefail
command=${1:?start or stop}
dir=${2:?cluster folder}
port=${3:-5439}

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [[ -n $found ]] && echo "$found"
}

# as_owner CMD...: run as the cluster's owner (postgres when we are root: the server refuses to run as root)
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $command in
  start)
    if [[ -z $(bindir) ]]; then
      echo "== installing Debian's postgresql" >&2
      as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        postgresql postgresql-contrib >&2
    fi
    bin=$(bindir)
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
    chmod 700 "$dir"
    # local (socket) connections are trusted, loopback TCP ones need a password
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
      -c "create role khabar login password 'khabar'" -c "create database khabar owner khabar" >/dev/null
    echo "jdbc:postgresql://127.0.0.1:$port/khabar"
    ;;
  createdb)
    # createdb DIR PORT NAME: another empty database owned by khabar
    as_owner "$(bindir)/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
      -c "create database ${4:?database name} owner khabar" >/dev/null
    ;;
  stop)
    bin=$(bindir)
    if [[ -f $dir/data/postmaster.pid ]]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  *)
    echo "usage: $0 start|createdb|stop DIR [PORT] [NAME]" >&2
    exit 2
    ;;
esac
