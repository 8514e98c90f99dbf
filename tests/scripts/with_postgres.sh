#!/usr/bin/env bash
# Runs a command against a PostgreSQL server of its own: initdb and pg_ctl from Debian's postgresql
# package, in a temporary directory, listening on a Unix socket there only (no TCP port), as the
# unprivileged `postgres` user when run as root (the server refuses root; CI runs as root). The server
# is stopped and the directory removed when the command ends, whatever its status.
# Usage: with_postgres.sh COMMAND [ARGS...]   (the command finds the server in $OBLIGE_TEST_POSTGRES)
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with_postgres: no initdb under /usr/lib/postgresql/*/bin (install postgresql: .ci/setup)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/oblige-pg-XXXXXX)
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_server=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi

stop() {
  "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_server[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
"${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-k $dir -c listen_addresses='' -c fsync=off" start >/dev/null ||
  { cat "$dir/server.log" >&2; exit 1; }

export OBLIGE_TEST_POSTGRES="postgresql:///postgres?host=$dir&user=postgres"
"$@"
