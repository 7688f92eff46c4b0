function __salesctl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __salesctl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __salesctl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __salesctl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __salesctl_parse_tokens -S
    set -l unparsed_tokens (__salesctl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'salesctl'
        __salesctl_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'init'
            __salesctl_parse_subcommand 1 'version' 'h/help'
        case 'deal'
            __salesctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'new'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'title=' 'customer=' 'owner=' 'amount=' 'currency=' 'stage=' 'expected-close=' 'source=' 'member=+' 'key-person=+' 'date=' 'author=' 'version' 'h/help'
            case 'list'
                __salesctl_parse_subcommand 0 'C/dir=' 'today=' 'color=' 'status=' 'stage=' 'owner=' 'customer=' 'format=' 'q/quiet' 'version' 'h/help'
            case 'show'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'format=' 'version' 'h/help'
            case 'step'
                __salesctl_parse_subcommand 2 'C/dir=' 'today=' 'color=' 'undo' 'date=' 'note=' 'author=' 'version' 'h/help'
            case 'advance'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'to=' 'force' 'reason=' 'date=' 'note=' 'author=' 'version' 'h/help'
            case 'win'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'date=' 'note=' 'author=' 'version' 'h/help'
            case 'lose'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'reason=' 'date=' 'note=' 'author=' 'version' 'h/help'
            case 'drop'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'reason=' 'date=' 'note=' 'author=' 'version' 'h/help'
            case 'hold'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'reason=' 'date=' 'note=' 'author=' 'version' 'h/help'
            case 'reopen'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'date=' 'note=' 'author=' 'version' 'h/help'
            end
        case 'report'
            __salesctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __salesctl_parse_subcommand 0 'C/dir=' 'today=' 'color=' 'deal=' 'kind=' 'date=' 'attendee=+' 'signal=+' 'homework=+' 'next=' 'm/message=' 'file=' 'author=' 'version' 'h/help'
            case 'list'
                __salesctl_parse_subcommand 0 'C/dir=' 'today=' 'color=' 'deal=' 'since=' 'until=' 'author=' 'format=' 'q/quiet' 'version' 'h/help'
            case 'show'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'format=' 'version' 'h/help'
            end
        case 'person'
            __salesctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __salesctl_parse_subcommand 2 'C/dir=' 'today=' 'color=' 'title=' 'department=' 'role=' 'stance=' 'authority=' 'information=' 'reports-to=' 'date=' 'author=' 'version' 'h/help'
            case 'set'
                __salesctl_parse_subcommand 2 'C/dir=' 'today=' 'color=' 'title=' 'department=' 'role=' 'stance=' 'authority=' 'information=' 'reports-to=' 'date=' 'author=' 'version' 'h/help'
            case 'rm'
                __salesctl_parse_subcommand 2 'C/dir=' 'today=' 'color=' 'date=' 'author=' 'version' 'h/help'
            case 'map'
                __salesctl_parse_subcommand 1 'C/dir=' 'today=' 'color=' 'format=' 'days=' 'version' 'h/help'
            end
        case 'check'
            __salesctl_parse_subcommand 0 'C/dir=' 'today=' 'color=' 'format=' 'version' 'h/help'
        case 'energy'
            __salesctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'score'
                __salesctl_parse_subcommand -r 1 'C/dir=' 'today=' 'color=' 'since=' 'weeks=' 'explain' 'format=' 'q/quiet' 'version' 'h/help'
            end
        case 'completion'
            __salesctl_parse_subcommand 1 'version' 'h/help'
        case 'help'
            __salesctl_parse_subcommand -r 1 'version'
        end
    end
end

function __salesctl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __salesctl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __salesctl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __salesctl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__salesctl_tokens -p)
    if test -z "$(__salesctl_tokens -t)"
        set -l index (count (__salesctl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'salesctl' -f
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'init' -d 'Create a new store: salesctl.yaml, deals/ and reports/.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'deal' -d 'Create, list and show deals; move them through the sales process.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'report' -d 'Log customer contacts (activity reports) and read them.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'person' -d 'Record the customer\'s key persons and draw their power structure.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'check' -d 'Validate every file of the store.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'energy' -d 'Customer energy (ユーザエネルギー) from activity reports.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'completion' -d 'Print a shell completion script for bash, zsh or fish.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl init" -eq 1' -fa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl init" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'new' -d 'Create a deal.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'list' -d 'List deals.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'show' -d 'Show a deal as a line: header, key persons, checklist, timeline.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'step' -d 'Check a step of the sales process, with its evidence.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'advance' -d 'Move a deal to the next stage, or to --to STAGE.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'win' -d 'Record an order won (受注).'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'lose' -d 'Record a lost deal (失注), with the reason.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'drop' -d 'Drop a deal (廃棄): we stop pursuing it, with the reason.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'hold' -d 'Put a deal on hold (ペンディング), with the reason.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal" -eq 1' -fa 'reopen' -d 'Reopen a deal that is on hold, lost, dropped or won.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" title' -l 'title' -d 'What the customer wants, in a few words.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" customer' -l 'customer' -d 'The customer company.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" owner' -l 'owner' -d 'The rep who owns the deal (default: the author).' -rfka '(__salesctl_custom_completion ---completion deal new -- --owner (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" amount' -l 'amount' -d 'Expected order amount, a whole number in the deal\'s currency.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" currency' -l 'currency' -d 'Currency of the amount (default: salesctl.yaml\'s).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" stage' -l 'stage' -d 'Stage id or label (default: the first stage).' -rfka '(__salesctl_custom_completion ---completion deal new -- --stage (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" expected-close' -l 'expected-close' -d 'Expected close date.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" source' -l 'source' -d 'Where the deal came from (referral, inbound, event, ...).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new"' -l 'member' -d 'A member of our side working on the deal. Repeatable.' -rfka '(__salesctl_custom_completion ---completion deal new -- --member (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new"' -l 'key-person' -d '"name,title,department,role,stance" (role D/A/I; stance word or ○△−▽×). Repeatable.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" date' -l 'date' -d 'Creation date (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" author' -l 'author' -d 'Who creates the deal (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion deal new -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" status' -l 'status' -d 'Only deals with this status: open, won, lost, dropped, on-hold, closed (won/lost/dropped) or all.' -rfka 'open won lost dropped on-hold closed all'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" stage' -l 'stage' -d 'Only deals in this stage (id or label).' -rfka '(__salesctl_custom_completion ---completion deal list -- --stage (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" owner' -l 'owner' -d 'Only deals owned by this rep.' -rfka '(__salesctl_custom_completion ---completion deal list -- --owner (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" customer' -l 'customer' -d 'Only deals whose customer contains this text.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" format' -l 'format' -d 'Output format: table, json, csv or tsv.' -rfka 'table json csv tsv'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" q quiet' -s 'q' -l 'quiet' -d 'Print only deal ids, one per line.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal show" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal show" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal show" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal show" -eq 1' -fka '(__salesctl_custom_completion ---completion deal show -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal show" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal show" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal step" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal step" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal step" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal step" -eq 1' -fka '(__salesctl_custom_completion ---completion deal step -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal step" -eq 2' -fka '(__salesctl_custom_completion ---completion deal step -- positional@1 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal step" undo' -l 'undo' -d 'Uncheck the step instead.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal step" date' -l 'date' -d 'Date of the event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal step" note' -l 'note' -d 'What happened, in a few words (recorded in the history).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal step" author' -l 'author' -d 'Who records it (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion deal step -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal step" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal step" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal advance" -eq 1' -fka '(__salesctl_custom_completion ---completion deal advance -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" to' -l 'to' -d 'The stage to move to, id or label (default: the next stage).' -rfka '(__salesctl_custom_completion ---completion deal advance -- --to (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" force' -l 'force' -d 'Move even though steps are not checked (needs --reason).'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" reason' -l 'reason' -d 'Why the deal moves without the missing steps, or back.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" date' -l 'date' -d 'Date of the event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" note' -l 'note' -d 'What happened, in a few words (recorded in the history).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" author' -l 'author' -d 'Who records it (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion deal advance -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal advance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal win" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal win" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal win" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal win" -eq 1' -fka '(__salesctl_custom_completion ---completion deal win -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal win" date' -l 'date' -d 'Date of the event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal win" note' -l 'note' -d 'What happened, in a few words (recorded in the history).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal win" author' -l 'author' -d 'Who records it (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion deal win -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal win" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal win" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal lose" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal lose" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal lose" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal lose" -eq 1' -fka '(__salesctl_custom_completion ---completion deal lose -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal lose" reason' -l 'reason' -d 'Why: a lost_reasons id or label (required).' -rfka '(__salesctl_custom_completion ---completion deal lose -- --reason (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal lose" date' -l 'date' -d 'Date of the event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal lose" note' -l 'note' -d 'What happened, in a few words (recorded in the history).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal lose" author' -l 'author' -d 'Who records it (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion deal lose -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal lose" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal lose" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal drop" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal drop" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal drop" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal drop" -eq 1' -fka '(__salesctl_custom_completion ---completion deal drop -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal drop" reason' -l 'reason' -d 'Why: a lost_reasons id or label (required).' -rfka '(__salesctl_custom_completion ---completion deal drop -- --reason (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal drop" date' -l 'date' -d 'Date of the event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal drop" note' -l 'note' -d 'What happened, in a few words (recorded in the history).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal drop" author' -l 'author' -d 'Who records it (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion deal drop -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal drop" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal drop" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal hold" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal hold" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal hold" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal hold" -eq 1' -fka '(__salesctl_custom_completion ---completion deal hold -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal hold" reason' -l 'reason' -d 'Why: a lost_reasons id or label (required).' -rfka '(__salesctl_custom_completion ---completion deal hold -- --reason (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal hold" date' -l 'date' -d 'Date of the event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal hold" note' -l 'note' -d 'What happened, in a few words (recorded in the history).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal hold" author' -l 'author' -d 'Who records it (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion deal hold -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal hold" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal hold" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal reopen" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal reopen" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal reopen" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl deal reopen" -eq 1' -fka '(__salesctl_custom_completion ---completion deal reopen -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal reopen" date' -l 'date' -d 'Date of the event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal reopen" note' -l 'note' -d 'What happened, in a few words (recorded in the history).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal reopen" author' -l 'author' -d 'Who records it (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion deal reopen -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal reopen" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal reopen" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl report" -eq 1' -fa 'add' -d 'Log a customer contact.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl report" -eq 1' -fa 'list' -d 'List reports, oldest first.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl report" -eq 1' -fa 'show' -d 'Show one report.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" deal' -l 'deal' -d 'The deal this contact belongs to.' -rfka '(__salesctl_custom_completion ---completion report add -- --deal (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" kind' -l 'kind' -d 'Kind of contact: an id or label from salesctl.yaml (visit, phone, web-meeting, ...).' -rfka '(__salesctl_custom_completion ---completion report add -- --kind (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" date' -l 'date' -d 'Date of the contact (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add"' -l 'attendee' -d 'A customer person met, "name,title[,department]". Repeatable.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add"' -l 'signal' -d 'A signal of customer energy (question, introduced-boss, ...). Repeatable.' -rfka '(__salesctl_custom_completion ---completion report add -- --signal (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add"' -l 'homework' -d 'A request from the customer, "text[;for[;due]]". Repeatable.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" next' -l 'next' -d 'The agreed next step.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" m message' -s 'm' -l 'message' -d 'The report body (Markdown).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" file' -l 'file' -d 'Read the body from FILE, or from standard input with -.' -rF
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" author' -l 'author' -d 'Who writes the report (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion report add -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" deal' -l 'deal' -d 'Only reports of this deal.' -rfka '(__salesctl_custom_completion ---completion report list -- --deal (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" since' -l 'since' -d 'Only reports on or after DATE.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" until' -l 'until' -d 'Only reports on or before DATE.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" author' -l 'author' -d 'Only reports by this author.' -rfka '(__salesctl_custom_completion ---completion report list -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" format' -l 'format' -d 'Output format: table, json, csv or tsv.' -rfka 'table json csv tsv'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" q quiet' -s 'q' -l 'quiet' -d 'Print only report paths, one per line.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report show" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report show" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report show" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl report show" -eq 1' -fka '(__salesctl_custom_completion ---completion report show -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report show" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report show" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl report show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person" -eq 1' -fa 'add' -d 'Add a key person to a deal.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person" -eq 1' -fa 'set' -d 'Change fields of a key person.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person" -eq 1' -fa 'rm' -d 'Remove a key person from a deal.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person" -eq 1' -fa 'map' -d 'Show a deal\'s power structure: roles, stances, reporting lines, contacts and warnings.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person add" -eq 1' -fka '(__salesctl_custom_completion ---completion person add -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" title' -l 'title' -d 'Job title (部長, 課長, ...).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" department' -l 'department' -d 'Department.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" role' -l 'role' -d 'D (decision maker), A (approver) or I (influencer).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" stance' -l 'stance' -d 'supporter ○, cooperative △, neutral −, uncooperative ▽ or opposed × (word or symbol).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" authority' -l 'authority' -d 'Organisational authority and influence: strong or weak.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" information' -l 'information' -d 'Information they have: sufficient or insufficient.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" reports-to' -l 'reports-to' -d 'Their boss, by name.' -rfka '(__salesctl_custom_completion ---completion person add -- --reports-to (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" date' -l 'date' -d 'Date of the history event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" author' -l 'author' -d 'Who makes the change (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion person add -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person set" -eq 1' -fka '(__salesctl_custom_completion ---completion person set -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person set" -eq 2' -fka '(__salesctl_custom_completion ---completion person set -- positional@1 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" title' -l 'title' -d 'Job title (部長, 課長, ...).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" department' -l 'department' -d 'Department.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" role' -l 'role' -d 'D (decision maker), A (approver) or I (influencer).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" stance' -l 'stance' -d 'supporter ○, cooperative △, neutral −, uncooperative ▽ or opposed × (word or symbol).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" authority' -l 'authority' -d 'Organisational authority and influence: strong or weak.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" information' -l 'information' -d 'Information they have: sufficient or insufficient.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" reports-to' -l 'reports-to' -d 'Their boss, by name.' -rfka '(__salesctl_custom_completion ---completion person set -- --reports-to (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" date' -l 'date' -d 'Date of the history event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" author' -l 'author' -d 'Who makes the change (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion person set -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person rm" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person rm" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person rm" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person rm" -eq 1' -fka '(__salesctl_custom_completion ---completion person rm -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person rm" -eq 2' -fka '(__salesctl_custom_completion ---completion person rm -- positional@1 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person rm" date' -l 'date' -d 'Date of the history event (default: today).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person rm" author' -l 'author' -d 'Who makes the change (default: SALESCTL_AUTHOR, else git user.name).' -rfka '(__salesctl_custom_completion ---completion person rm -- --author (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person rm" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person rm" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person map" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person map" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person map" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl person map" -eq 1' -fka '(__salesctl_custom_completion ---completion person map -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person map" format' -l 'format' -d 'Output format: table, json, markdown or mermaid.' -rfka 'table json markdown mermaid'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person map" days' -l 'days' -d 'Warn about key persons not met for more than N days (default: stale_days of salesctl.yaml).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person map" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl person map" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl energy" -eq 1' -fa 'score' -d 'Score deals by customer energy: cumulative, breadth and continuity.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl energy score" -ge 1' -fka '(__salesctl_custom_completion ---completion energy score -- positional@0 (count (__salesctl_tokens -pc)) (__salesctl_tokens -tC))'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" since' -l 'since' -d 'Count only reports on or after DATE.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" weeks' -l 'weeks' -d 'Continuity window: the last N weeks, this week included.' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" explain' -l 'explain' -d 'List each report\'s points (kind + attendees + signals), summing to the total.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" format' -l 'format' -d 'Output format: table, json, csv or tsv.' -rfka 'table json csv tsv'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" q quiet' -s 'q' -l 'quiet' -d 'Print only deal ids, one per line, in ranking order.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl energy score" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl completion" -eq 1' -fka 'bash zsh fish'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl completion" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl completion" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl help" version' -l 'version' -d 'Show the version.'
