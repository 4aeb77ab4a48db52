#!/usr/bin/env bash
# The bash completion and the man page against the real tenure-cli: the commands that
# `tenure-cli --help` lists and the options each `tenure-cli COMMAND --help` lists must be the
# ones the completion offers and the man page describes, so none of them can drift.
# Usage: check-completion.sh TENURE_CLI COMPLETION_FILE MAN_PAGE
set -uo pipefail
cli=$1 completion=$2 manpage=$3
# The help is read in English, whatever the language of whoever runs the tests: its headings
# ("Commands:", "Options:") are translated in other languages, its commands and options never.
unset LANGUAGE LC_MESSAGES
export LC_ALL=C.UTF-8
bash_completion=/usr/share/bash-completion/bash_completion

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if [ ! -r "$bash_completion" ]; then
    echo "FAIL: $bash_completion is missing (scripts/install-deps.sh installs bash-completion)"
    exit 1
fi

# The commands: the two-space-indented words of the "Commands:" section.
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z-][a-z-]*\)  .*/\1/p')
[ -n "$commands" ] || { echo "FAIL: no commands found in tenure-cli --help"; exit 1; }

# options COMMAND: the options of the command's "Options:" section, less --db and --help.
options() {
    "$cli" "$1" --help | sed -n '/^Options:/,/^$/p' |
        sed -n 's/^  \(-[a-z], \)\{0,1\}\(--[a-z0-9-]*\).*/\2/p' | grep -vx -e --db -e --help | sort
}

# complete WORD...: what the completion offers for the last word of `tenure-cli WORD...`.
complete_words() {
    bash -c '
        source "$1"; source "$2"; shift 2
        COMP_WORDS=(tenure-cli "$@"); COMP_CWORD=$#
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        _tenure_cli tenure-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_completion" "$completion" "$@" | sed '/^$/d' | sort
}

offered=$(complete_words "" | grep -vx help)
if [ "$offered" != "$(echo "$commands" | sort)" ]; then
    fail "the completion's commands differ from tenure-cli --help's (< --help, > completion):"
    diff <(echo "$commands" | sort) <(echo "$offered")
fi

for command in $commands; do
    listed=$(options "$command")
    offered=$(complete_words "$command" -- | grep -vx -e --db -e --help)
    if [ "$listed" != "$offered" ]; then
        fail "the completion's options for $command differ from its --help (< --help, > completion):"
        diff <(echo "$listed") <(echo "$offered")
    fi
    # The man page has a subsection per command, naming each of its options (roff's \-).
    section=$(sed -n "/^\.SS $command\\( \\|\$\\)/,/^\.S[SH] /p" "$manpage")
    if [ -z "$section" ]; then
        fail "$(basename "$manpage") has no section for $command"
        continue
    fi
    for option in $listed; do
        grep -qF -- "${option//-/\\-}" <<<"$section" ||
            fail "$(basename "$manpage") does not describe $command $option"
    done
done

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "completion and man page match tenure-cli: $(echo "$commands" | wc -l) commands"
