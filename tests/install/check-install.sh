#!/usr/bin/env bash
# Installs the build into a scratch DESTDIR with prefix /usr, as the Debian package does, and
# checks that exactly the expected files arrive, that the validators accept the desktop entry,
# AppStream metadata, MIME package, icon and man pages, and that the installed programs run.
# A validator that is missing is a failure: scripts/install-deps.sh installs them all.
# Usage: check-install.sh CMAKE BUILD_DIR SCRATCH_DIR VERSION APP_ID
set -uo pipefail
cmake=$1 build=$2 scratch=$3 version=$4 id=$5

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

rm -rf "$scratch"
mkdir -p "$scratch"
root=$scratch/root
if ! DESTDIR=$root "$cmake" --install "$build" --prefix /usr >"$scratch/install.log" 2>&1; then
    cat "$scratch/install.log"
    echo "FAIL: cmake --install"
    exit 1
fi

expected=(
    usr/bin/tenure
    usr/bin/tenure-cli
    "usr/share/applications/$id.desktop"
    "usr/share/icons/hicolor/scalable/apps/$id.svg"
    "usr/share/metainfo/$id.metainfo.xml"
    "usr/share/mime/packages/$id.xml"
    usr/share/man/man1/tenure.1
    usr/share/man/man1/tenure-cli.1
    usr/share/bash-completion/completions/tenure-cli
    usr/share/doc/tenure/copyright
)
actual=$(cd "$root" && find . -type f -printf '%P\n' | sort)
wanted=$(printf '%s\n' "${expected[@]}" | sort)
if [ "$actual" != "$wanted" ]; then
    fail "installed files differ from the expected ones (< expected, > installed):"
    diff <(echo "$wanted") <(echo "$actual")
fi
for program in tenure tenure-cli; do
    [ -x "$root/usr/bin/$program" ] || fail "usr/bin/$program is not executable"
done

# run TOOL ARGS...: the tool must exist and succeed.
run() {
    if ! command -v "$1" >/dev/null; then
        fail "$1 is missing (scripts/install-deps.sh installs it)"
        return
    fi
    local output
    if ! output=$("$@" 2>&1); then
        fail "$*"
        echo "$output"
    fi
}
share=$root/usr/share
run desktop-file-validate "$share/applications/$id.desktop"
run appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"
run xmllint --noout "$share/mime/packages/$id.xml" "$share/icons/hicolor/scalable/apps/$id.svg"
run groff -man -ww -z "$share/man/man1/tenure.1" "$share/man/man1/tenure-cli.1"
run bash -n "$share/bash-completion/completions/tenure-cli"

# update-mime-database reports a malformed package on stderr but still succeeds.
if command -v update-mime-database >/dev/null; then
    mkdir -p "$scratch/mime/packages"
    cp "$share/mime/packages/$id.xml" "$scratch/mime/packages/"
    # It also notes a folder outside XDG_DATA_DIRS; the scratch one is inside here.
    warnings=$(XDG_DATA_HOME=$scratch XDG_DATA_DIRS=$scratch update-mime-database "$scratch/mime" 2>&1)
    [ -z "$warnings" ] || fail "update-mime-database: $warnings"
    grep -q '^application/x-tenure-database$' "$scratch/mime/types" ||
        fail "update-mime-database did not register application/x-tenure-database"
else
    fail "update-mime-database is missing (scripts/install-deps.sh installs it)"
fi

# The version of the project, from both installed programs.
# Only standard output: Qt may warn on standard error (XDG_RUNTIME_DIR not set).
cli_version=$("$root/usr/bin/tenure-cli" --version 2>/dev/null)
[ "$cli_version" = "tenure-cli $version" ] || fail "tenure-cli --version said '$cli_version'"
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/tenure" --version 2>/dev/null)
[ "$gui_version" = "tenure $version" ] || fail "tenure --version said '$gui_version'"
grep -q "Tenure $version" "$share/man/man1/tenure-cli.1" || fail "tenure-cli.1 names no version $version"
grep -q "version=\"$version\"" "$share/metainfo/$id.metainfo.xml" ||
    fail "the AppStream metadata names no release $version"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "installed and validated: ${#expected[@]} files"
