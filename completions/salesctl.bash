#!/bin/bash

__salesctl_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__salesctl_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__salesctl_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__salesctl_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_salesctl() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--no-pager --version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=(-C --dir --today --color)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    init|deal|report|person|homework|next|agenda|feed|merge-driver|git|check|energy|quality|forecast|lost|results|pipeline|customer|stale|review|import|export|completion|help)
        # Offer subcommand argument completions
        "_salesctl_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'init deal report person homework next agenda feed merge-driver git check energy quality forecast lost results pipeline customer stale review import export completion help' -- "${cur}"))
        ;;
    esac
}

_salesctl_init() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--quality --language)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--quality')
        __salesctl_add_completions -W 'pronavi'$'\n''meddpicc'$'\n''bant'
        return
        ;;
    '--language')
        __salesctl_add_completions -W 'en'$'\n''ja'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -d
        return
        ;;
    esac
}

_salesctl_deal() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    new|list|show|set|step|advance|win|lose|drop|hold|reopen)
        # Offer subcommand argument completions
        "_salesctl_deal_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'new list show set step advance win lose drop hold reopen' -- "${cur}"))
        ;;
    esac
}

_salesctl_deal_new() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=(--member --key-person)
    non_repeating_options=(-C --dir --today --color --title --customer --owner --amount --currency --stage --expected-close --source --date --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--title')
        return
        ;;
    '--customer')
        return
        ;;
    '--owner')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal new -- --owner "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--amount')
        return
        ;;
    '--currency')
        return
        ;;
    '--stage')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal new -- --stage "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--expected-close')
        return
        ;;
    '--source')
        return
        ;;
    '--member')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal new -- --member "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--key-person')
        return
        ;;
    '--date')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal new -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_deal_list() {
    repeating_flags=()
    non_repeating_flags=(--no-pager -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --status --stage --owner --customer --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--status')
        __salesctl_add_completions -W 'open'$'\n''won'$'\n''lost'$'\n''dropped'$'\n''on-hold'$'\n''closed'$'\n''all'
        return
        ;;
    '--stage')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal list -- --stage "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--owner')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal list -- --owner "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--customer')
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_deal_show() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --format)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal show -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_deal_set() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=(--add-member --rm-member)
    non_repeating_options=(-C --dir --today --color --title --customer --amount --currency --expected-close --owner --source --date --note --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--title')
        return
        ;;
    '--customer')
        return
        ;;
    '--amount')
        return
        ;;
    '--currency')
        return
        ;;
    '--expected-close')
        return
        ;;
    '--owner')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal set -- --owner "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--source')
        return
        ;;
    '--add-member')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal set -- --add-member "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--rm-member')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal set -- --rm-member "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal set -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal set -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_deal_step() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --undo --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --date --note --author)
    __salesctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal step -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal step -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    2)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal step -- positional@1 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_deal_advance() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --force --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --to --reason --date --note --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--to')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal advance -- --to "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--reason')
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal advance -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal advance -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_deal_win() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --date --note --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal win -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal win -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_deal_lose() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --reason --date --note --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--reason')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal lose -- --reason "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal lose -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal lose -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_deal_drop() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --reason --date --note --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--reason')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal drop -- --reason "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal drop -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal drop -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_deal_hold() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --reason --date --note --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--reason')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal hold -- --reason "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal hold -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal hold -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_deal_reopen() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --date --note --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal reopen -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion deal reopen -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_report() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|list|show)
        # Offer subcommand argument completions
        "_salesctl_report_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add list show' -- "${cur}"))
        ;;
    esac
}

_salesctl_report_add() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=(--attendee --signal --homework)
    non_repeating_options=(-C --dir --today --color --deal --kind --date --next --next-due -m --message --file --author)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--deal')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion report add -- --deal "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--kind')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion report add -- --kind "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--date')
        return
        ;;
    '--attendee')
        return
        ;;
    '--signal')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion report add -- --signal "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--homework')
        return
        ;;
    '--next')
        return
        ;;
    '--next-due')
        return
        ;;
    '-m'|'--message')
        return
        ;;
    '--file')
        __salesctl_add_completions -f
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion report add -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_report_list() {
    repeating_flags=()
    non_repeating_flags=(--no-pager -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --deal --since --until --author --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--deal')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion report list -- --deal "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion report list -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_report_show() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --format)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion report show -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_person() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|set|rm|map)
        # Offer subcommand argument completions
        "_salesctl_person_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add set rm map' -- "${cur}"))
        ;;
    esac
}

_salesctl_person_add() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --title --department --role --stance --authority --information --reports-to --date --author)
    __salesctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--title')
        return
        ;;
    '--department')
        return
        ;;
    '--role')
        return
        ;;
    '--stance')
        return
        ;;
    '--authority')
        return
        ;;
    '--information')
        return
        ;;
    '--reports-to')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person add -- --reports-to "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--date')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person add -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person add -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_person_set() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --title --department --role --stance --authority --information --reports-to --date --author)
    __salesctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--title')
        return
        ;;
    '--department')
        return
        ;;
    '--role')
        return
        ;;
    '--stance')
        return
        ;;
    '--authority')
        return
        ;;
    '--information')
        return
        ;;
    '--reports-to')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person set -- --reports-to "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--date')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person set -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person set -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    2)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person set -- positional@1 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_person_rm() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --date --author)
    __salesctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--date')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person rm -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person rm -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    2)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person rm -- positional@1 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_person_map() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --format --days)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''markdown'$'\n''mermaid'
        return
        ;;
    '--days')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion person map -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_homework() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|done)
        # Offer subcommand argument completions
        "_salesctl_homework_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list done' -- "${cur}"))
        ;;
    esac
}

_salesctl_homework_list() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --open --overdue -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --for --deal --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--for')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion homework list -- --for "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--deal')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion homework list -- --deal "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_homework_done() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --note --date --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--note')
        return
        ;;
    '--date')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion homework done -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_next() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    set|done)
        # Offer subcommand argument completions
        "_salesctl_next_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'set done' -- "${cur}"))
        ;;
    esac
}

_salesctl_next_set() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --due --for --date --author)
    __salesctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--due')
        return
        ;;
    '--for')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion next set -- --for "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--date')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion next set -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion next set -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_next_done() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --date --note --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion next done -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion next done -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_agenda() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --overdue -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --for --days --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--for')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion agenda -- --for "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--days')
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_feed() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --since --for --deal --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--since')
        return
        ;;
    '--for')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion feed -- --for "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--deal')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion feed -- --deal "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'text'$'\n''json'$'\n''ndjson'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_merge-driver() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 4
}

_salesctl_git() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    setup)
        # Offer subcommand argument completions
        "_salesctl_git_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'setup' -- "${cur}"))
        ;;
    esac
}

_salesctl_git_setup() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --hook --force --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac
}

_salesctl_check() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'text'$'\n''json'$'\n''ndjson'$'\n''github'
        return
        ;;
    esac
}

_salesctl_energy() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    score)
        # Offer subcommand argument completions
        "_salesctl_energy_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'score' -- "${cur}"))
        ;;
    esac
}

_salesctl_energy_score() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --explain -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --since --weeks --format)
    __salesctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--since')
        return
        ;;
    '--weeks')
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion energy score -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_quality() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    set|show|check)
        # Offer subcommand argument completions
        "_salesctl_quality_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'set show check' -- "${cur}"))
        ;;
    esac
}

_salesctl_quality_set() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --note --date --author --by)
    __salesctl_offer_flags_options 3

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--note')
        return
        ;;
    '--date')
        return
        ;;
    '--author'|'--by')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion quality set -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion quality set -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    2)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion quality set -- positional@1 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    3)
        __salesctl_add_completions -W 'yes'$'\n''no'$'\n''unknown'
        return
        ;;
    esac
}

_salesctl_quality_show() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --format)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion quality show -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_quality_check() {
    repeating_flags=()
    non_repeating_flags=(--no-pager -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --min --review-days --owner --stage --format)
    __salesctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--min')
        return
        ;;
    '--review-days')
        return
        ;;
    '--owner')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion quality check -- --owner "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--stage')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion quality check -- --stage "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion quality check -- positional@0 "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_salesctl_forecast() {
    repeating_flags=()
    non_repeating_flags=(--no-pager -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --from --to --by --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--by')
        __salesctl_add_completions -W 'month'$'\n''quarter'$'\n''owner'$'\n''stage'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_lost() {
    repeating_flags=()
    non_repeating_flags=(--no-pager -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --since --by --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--since')
        return
        ;;
    '--by')
        __salesctl_add_completions -W 'reason'$'\n''stage'$'\n''owner'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_results() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --activity -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --period --by --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--period')
        return
        ;;
    '--by')
        __salesctl_add_completions -W 'owner'$'\n''month'$'\n''quarter'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_pipeline() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    changes)
        # Offer subcommand argument completions
        "_salesctl_pipeline_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'changes' -- "${cur}"))
        ;;
    esac
}

_salesctl_pipeline_changes() {
    repeating_flags=()
    non_repeating_flags=(--no-pager -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --since --until --owner --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--owner')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion pipeline changes -- --owner "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_customer() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show)
        # Offer subcommand argument completions
        "_salesctl_customer_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show' -- "${cur}"))
        ;;
    esac
}

_salesctl_customer_list() {
    repeating_flags=()
    non_repeating_flags=(--no-pager -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_customer_show() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --format)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac
}

_salesctl_stale() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list)
        # Offer subcommand argument completions
        "_salesctl_stale_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list' -- "${cur}"))
        ;;
    esac
}

_salesctl_stale_list() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --suggest --exit-code -q --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --days --as-of --owner --stage --customer --sort --format)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--days')
        return
        ;;
    '--as-of')
        return
        ;;
    '--owner')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion stale list -- --owner "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--stage')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion stale list -- --stage "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--customer')
        return
        ;;
    '--sort')
        __salesctl_add_completions -W 'days'$'\n''amount'$'\n''energy'$'\n''quality'
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'table'$'\n''json'$'\n''ndjson'$'\n''csv'$'\n''tsv'$'\n''excel'$'\n''markdown'
        return
        ;;
    esac
}

_salesctl_review() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --since --until --owner --out --format --rows)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--owner')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion review -- --owner "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    '--out')
        __salesctl_add_completions -f
        return
        ;;
    '--format')
        __salesctl_add_completions -W 'html'$'\n''markdown'$'\n''text'
        return
        ;;
    '--rows')
        return
        ;;
    esac
}

_salesctl_import() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    deals|activities)
        # Offer subcommand argument completions
        "_salesctl_import_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'deals activities' -- "${cur}"))
        ;;
    esac
}

_salesctl_import_deals() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --dry-run --skip-bad --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --from --map --encoding --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--from')
        __salesctl_add_completions -W 'salesforce'$'\n''hubspot'$'\n''pipedrive'$'\n''generic'
        return
        ;;
    '--map')
        __salesctl_add_completions -o plusdirs -fX '!*.@(yaml|yml)'
        return
        ;;
    '--encoding')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion import deals -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -o plusdirs -fX '!*.@(csv|txt)'
        return
        ;;
    esac
}

_salesctl_import_activities() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --dry-run --skip-bad --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --from --map --encoding --author)
    __salesctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--from')
        __salesctl_add_completions -W 'salesforce'$'\n''hubspot'$'\n''pipedrive'$'\n''generic'
        return
        ;;
    '--map')
        __salesctl_add_completions -o plusdirs -fX '!*.@(yaml|yml)'
        return
        ;;
    '--encoding')
        return
        ;;
    '--author')
        __salesctl_add_completions -W "$(__salesctl_custom_complete ---completion import activities -- --author "${COMP_CWORD}" "$(__salesctl_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -o plusdirs -fX '!*.@(csv|txt)'
        return
        ;;
    esac
}

_salesctl_export() {
    repeating_flags=()
    non_repeating_flags=(--no-pager --force --version -h --help)
    repeating_options=()
    non_repeating_options=(-C --dir --today --color --sqlite)
    __salesctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C'|'--dir')
        __salesctl_add_completions -d
        return
        ;;
    '--today')
        return
        ;;
    '--color')
        __salesctl_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--sqlite')
        __salesctl_add_completions -o plusdirs -fX '!*.@(db|sqlite)'
        return
        ;;
    esac
}

_salesctl_completion() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __salesctl_add_completions -W 'bash'$'\n''zsh'$'\n''fish'
        return
        ;;
    esac
}

_salesctl_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __salesctl_offer_flags_options -1
}

complete -o filenames -F _salesctl salesctl
