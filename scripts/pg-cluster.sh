#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `pg-cluster.sh start DIR` makes a new cluster in
# DIR (which must not exist), listening on a Unix socket in DIR only (no TCP), with one superuser
# role `tenure` that needs no password on that socket; `pg-cluster.sh stop DIR` stops it and
# removes DIR. The tests connect with `host=DIR dbname=postgres user=tenure`.
# initdb refuses to run as root, so as root the cluster belongs to the `postgres` system user
# that Debian's postgresql package creates. Fails (exit 1, with the server's log) when the server
# cannot start: the tests that need it are then reported as failed, never skipped.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: pg-cluster.sh start|stop DIR" >&2
    exit 2
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pg-cluster: PostgreSQL's server programs are not installed (package postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    if [ -e "$dir" ]; then
        # A cluster left by an interrupted run: stop it and start afresh.
        "$0" stop "$dir" || true
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    as_owner "$bin/initdb" --pgdata="$dir/data" --username=tenure --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # Fast and disposable: nothing here must survive a crash.
    if ! as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
        --options="-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c max_connections=100" start >/dev/null; then
        echo "pg-cluster: the server did not start:" >&2
        cat "$dir/server.log" >&2 || true
        exit 1
    fi
    echo "pg-cluster: running in $dir"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
