# bash completion for tenure-cli. The commands and options are those of `tenure-cli --help` and
# `tenure-cli COMMAND --help`; tests/install/check-completion.cmake fails when they drift apart.

_tenure_cli_commands="init import export list add remove tenures check roles people companies merge note render copy log"

# _tenure_cli_options COMMAND: the options COMMAND takes (--db and --help besides).
_tenure_cli_options()
{
    case $1 in
        init) echo "--sample" ;;
        import) echo "--report --skip-invalid --rejects --dry-run --encoding" ;;
        export) echo "--format --out --safe" ;;
        list) echo "--from --to --company --type --person --search --format --limit" ;;
        add) echo "--date --announced --type --company --company-id --people --role --interim
                   --reason --reason-note --round --amount --valuation --currency --investors
                   --acquirer --status --description --source-url --source-title
                   --source-outlet --source-date --source" ;;
        remove) echo "" ;;
        tenures) echo "--company --format" ;;
        check) echo "--company --guesses --format" ;;
        roles) echo "--explain --map --to --unmap --known" ;;
        people) echo "--variants" ;;
        companies) echo "--variants" ;;
        merge) echo "--person --company --into" ;;
        copy) echo "" ;;
        log) echo "--company --since --limit --format" ;;
        note) echo "--company --date --to --event --text" ;;
        render) echo "--out --chart --log-scale --preset --width --height --type-scale --scale
                      --from --to --company --type --theme --lang --title --subtitle --transparent
                      --no-legend --leadership-only --no-sources --sources-file --sources-page" ;;
    esac
}

_tenure_cli()
{
    local cur prev words cword
    _init_completion || return

    # The command is the first word that is neither an option nor --db's value.
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --db) ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    case $prev in
        --db)
            _filedir '@(sqlite|sqlite3|db)'
            return ;;
        --out)
            if [[ $command == export ]]; then _filedir '@(csv|json)'; else _filedir '@(png|svg|pdf)'; fi
            return ;;
        --report | --rejects | --sources-file)
            _filedir
            return ;;
        --format)
            case $command in
                export) COMPREPLY=($(compgen -W "csv json" -- "$cur")) ;;
                list) COMPREPLY=($(compgen -W "table json csv" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "table json" -- "$cur")) ;;
            esac
            return ;;
        --type)
            COMPREPLY=($(compgen -W "appointment departure funding acquisition other" -- "$cur"))
            return ;;
        --encoding)
            COMPREPLY=($(compgen -W "utf-8 latin1 windows-1252 macroman" -- "$cur"))
            return ;;
        --reason)
            COMPREPLY=($(compgen -W "dismissed-performance dismissed-misconduct resigned retired
                                     health death new-role merger interim-ended unknown" -- "$cur"))
            return ;;
        --status)
            COMPREPLY=($(compgen -W "completed failed rumored" -- "$cur"))
            return ;;
        --chart)
            COMPREPLY=($(compgen -W "timeline funding compare" -- "$cur"))
            return ;;
        --theme)
            COMPREPLY=($(compgen -W "light dark" -- "$cur"))
            return ;;
        --lang)
            COMPREPLY=($(compgen -W "en es" -- "$cur"))
            return ;;
        --preset)
            COMPREPLY=($(compgen -W "article-720 article-1200 social slide full-hd 4k a4 letter" -- "$cur"))
            return ;;
        --to)
            if [[ $command == roles ]]; then
                COMPREPLY=($(compgen -W "chief_executive co_chief_executive president
                    chief_operating_officer chief_financial_officer chief_technology_officer
                    chief_scientist general_counsel executive_chair chair board_member founder" -- "$cur"))
            fi
            return ;;
        --from | --date | --announced | --source-date | --company | --company-id | --people | \
        --person | --role | --reason-note | --round | --amount | --valuation | --currency | \
        --investors | --acquirer | --description | --source-url | --source-title | \
        --source-outlet | --source | --search | --explain | --map | --unmap | --into | --event | \
        --text | --width | --height | --type-scale | --scale | --title | --subtitle)
            return ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--db --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_tenure_cli_commands help" -- "$cur"))
        fi
        return
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_tenure_cli_options "$command") --db --help" -- "$cur"))
        return
    fi
    case $command in
        help) COMPREPLY=($(compgen -W "$_tenure_cli_commands" -- "$cur")) ;;
        import) _filedir '@(csv|json)' ;;
        copy) _filedir '@(sqlite|sqlite3|db)' ;;
        note)
            # The action comes first: note add|list|remove.
            local action=""
            for ((i = i + 1; i < cword; i++)); do
                case ${words[i]} in
                    --company | --date | --to | --event | --text | --db) ((i++)) ;;
                    -*) ;;
                    *) action=${words[i]}; break ;;
                esac
            done
            [[ -z $action ]] && COMPREPLY=($(compgen -W "add list remove" -- "$cur"))
            ;;
    esac
} &&
    complete -F _tenure_cli tenure-cli
