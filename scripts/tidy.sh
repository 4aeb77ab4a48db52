#!/usr/bin/env bash
# Runs .clang-tidy's checks over every source file of core/ and fails on any finding.
#
#   scripts/tidy.sh [BUILD_DIR]   (default build/test: a configured build's compile database)
#
# Each core library (one folder of core/) is checked as one translation unit that includes all of
# its .cpp files: clang-tidy spends most of its time matching its checks inside Qt's and the
# standard library's headers, once per translation unit, so one unit a library takes a tenth of
# the time of one a file (measured: 16 files of core/io in 11 s, against 7 s a file). The build
# itself compiles each file alone, so a file that only compiles after another one's includes
# still fails there. Names private to a file (anonymous namespaces) must therefore differ within
# a library, and diagnostics name the original files.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/test}
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json" >&2; exit 1; }
# Inside the source tree, so that clang-tidy finds .clang-tidy above the generated files.
units=build/tidy
rm -rf "$units"
mkdir -p "$units"

python3 - "$build/compile_commands.json" "$PWD" "$units" <<'EOF'
import json, os, shlex, sys

database, root, units = sys.argv[1], sys.argv[2], sys.argv[3]
libraries = {}
for entry in json.load(open(database)):
    source = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    relative = os.path.relpath(source, root)
    if relative.startswith("core/") and relative.endswith(".cpp") and "_autogen" not in relative:
        libraries.setdefault(os.path.dirname(relative), []).append((source, entry))

commands = []
for folder, members in sorted(libraries.items()):
    unit = os.path.join(root, units, folder.replace("/", "_") + ".cpp")
    with open(unit, "w") as out:
        out.write("".join('#include "%s"\n' % source for source, _ in sorted(members)))
    # A library's files share its flags: the first one's command, compiling the unit instead.
    entry = members[0][1]
    arguments = entry.get("arguments") or shlex.split(entry["command"])
    arguments = [unit if os.path.normpath(os.path.join(entry["directory"], a)) == members[0][0]
                 else a for a in arguments]
    commands.append({"directory": entry["directory"], "file": unit, "arguments": arguments})
json.dump(commands, open(os.path.join(units, "compile_commands.json"), "w"), indent=1)
print("tidy: %d files of core/ in %d units" % (sum(len(m) for m in libraries.values()), len(commands)))
EOF

# Diagnostics in the included .cpp files count (the header filter); including a .cpp is what the
# units are for (bugprone-suspicious-include). clang-tidy 14 counts the warnings it suppressed in
# Qt's headers, a line a unit: dropped.
find "$units" -name '*.cpp' -print0 | sort -z |
    xargs -0 -n 1 -P "$(nproc)" clang-tidy -p "$units" --quiet --warnings-as-errors='*' \
        --header-filter='/core/.*\.(h|cpp)$' --checks='-bugprone-suspicious-include' 2>&1 |
    { grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' || true; }
