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
        case 'check'
            __salesctl_parse_subcommand 0 'C/dir=' 'today=' 'color=' 'format=' 'version' 'h/help'
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
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'deal' -d 'Create, list and show deals.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'report' -d 'Log customer contacts (activity reports) and read them.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl" -eq 1' -fa 'check' -d 'Validate every file of the store.'
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
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl deal new" author' -l 'author' -d 'Who creates the deal (default: SALESCTL_AUTHOR, else git user.name).' -rfka ''
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
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" C dir' -s 'C' -l 'dir' -d 'Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).' -rfa '(__salesctl_complete_directories)'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" today' -l 'today' -d 'Take DATE as today (default: SALESCTL_TODAY, else the clock in the team\'s time zone).' -rfka ''
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" color' -l 'color' -d 'Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.' -rfka 'auto always never'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_positional "salesctl completion" -eq 1' -fka 'bash zsh fish'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl completion" version' -l 'version' -d 'Show the version.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl completion" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'salesctl' -n '__salesctl_should_offer_completions_for_flags_or_options "salesctl help" version' -l 'version' -d 'Show the version.'
