/// Help texts (CommandHelp, in English and Japanese): see Help/CommandHelp.swift.
extension CommandHelp {
    static let root = CommandHelp(
        en: "Sales deals and activity reports as plain text files, shared through git.",
        ja: "商談と活動報告をテキストファイルで管理し、git で共有する営業ツール",
        """
        salesctl keeps one YAML file per deal (deals/<id>.yaml), one Markdown file per customer contact \
        (reports/YYYY/MM/...md) and the team's settings (salesctl.yaml) in a directory you can diff, review and \
        share with git.

        The store is found from -C/--dir, else SALESCTL_DIR, else the nearest salesctl.yaml walking upward from \
        the current directory.

        The language is SALESCTL_LANG (ja or en), else salesctl.yaml's language: --help and messages speak it.

        Exit codes: 0 ok; 1 failure or findings; 2 usage error; 75 the store is locked by another salesctl.
        """,
        """
        salesctl は商談ごとに YAML ファイル 1 つ (deals/<id>.yaml)、顧客との接触ごとに Markdown ファイ\
        ル 1 つ (reports/YYYY/MM/...md)、チームの設定 (salesctl.yaml) を 1 つのディレクトリに置く。差分を見\
        て、レビューし、git で共有できる。

        ストアは -C/--dir、なければ SALESCTL_DIR、それもなければ現在のディレクトリから上にたどって最初に見つ\
        かる salesctl.yaml の場所。

        言語は SALESCTL_LANG (ja または en)、なければ salesctl.yaml の language。--help とメッセージがその言\
        語になる。

        終了コード: 0 成功、1 失敗または問題あり、2 使い方の誤り、75 別の salesctl がストアをロック中。
        """,
        examples: """
              salesctl init my-team
              salesctl -C examples/basic deal list
              salesctl report add --deal tokai-erp --kind visit --attendee "山田 浩二" -m "要件を確認"
            """)

    static let initStore = CommandHelp(
        en: "Create a new store: salesctl.yaml, deals/ and reports/.",
        ja: "新しいストアを作成 (salesctl.yaml、deals/、reports/)",
        """
        Writes a commented salesctl.yaml with the default stages (発見, 定義, 決定, デリバリー, 維持), activity kinds, energy \
        weights, lost reasons and quality indicators. Edit it to fit the team. Refuses to overwrite an existing \
        store.

        Also writes .gitignore (salesctl's lock and temporary files) and .gitattributes (LF line endings; deal \
        files merged by 'salesctl merge-driver' once a clone runs git config merge.salesctl.driver "salesctl \
        merge-driver %O %A %B %P").

        The store is created in DIR, else in the current directory; a missing DIR is created. --quality picks \
        the deal-quality indicators: pronavi (default: referral, empathy, no strong competitor, champion in \
        place, executive engaged), meddpicc (metrics, economic buyer, decision criteria, decision process, paper \
        process, pain, champion, competition) or bant (budget, authority, need, timeline).
        """,
        """
        コメント付きの salesctl.yaml を書く。既定のステージ (発見, 定義, 決定, デリバリー, 維持)、活動種別、\
        エネルギーの配点、失注理由、クオリティ指標が入っているので、チームに合わせて編集する。既存のストアは\
        上書きしない。

        .gitignore (salesctl のロックと一時ファイル) と .gitattributes (改行は LF。クローン\
        で git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P" を設定すれば、商談ファイル\
        は 'salesctl merge-driver' でマージされる) も書く。

        ストアは DIR に、なければ現在のディレクトリに作る。DIR がなければ作成する。--quality は商談クオリティの指標\
        を選ぶ: pronavi (既定: 発生理由、共感、強力な競合なし、推進者、役員関与)、meddpicc (効果指標、予算決裁者、選\
        定基準、決裁プロセス、契約手続き、課題、推進者、強力な競合)、bant (予算、決裁者、必要性、導入時期)。
        """,
        examples: """
              salesctl init
              salesctl init ~/sales/team-a
              salesctl init --quality meddpicc ~/sales/enterprise
              cd ~/sales/team-a && git init && git add . && git commit -m "salesctl store"
            """)

    static let git = CommandHelp(
        en: "Set up the git clone the store lives in.",
        ja: "ストアのある git クローンを設定",
        """
        A store is shared through git. Each clone needs salesctl's merge driver named in its git config (git \
        config is not shared), or two people editing one deal on the same day get a conflict; 'salesctl git \
        setup' does it once per clone. docs/GIT.md has the whole workflow and a CI recipe.
        """,
        """
        ストアは git で共有する。クローンごとに salesctl のマージドライバーを git config に設定しておく必要\
        がある (git config は共有されない)。設定しないと、同じ日に 2 人が同じ商談を編集したときにコンフリク\
        トになる。'salesctl git setup' がクローンごとに一度これを行う。docs/GIT.md に作業の流れ全体と CI の\
        例がある。
        """,
        examples: """
              salesctl git setup
              salesctl git setup --hook
            """)

    static let gitSetup = CommandHelp(
        en: "Name the merge driver in this clone and complete .gitattributes.",
        ja: "このクローンにマージドライバーを設定し、.gitattributes を補う",
        """
        Sets, in this clone's git config (like 'git lfs install'):

          merge.salesctl.name   = salesctl deal history
          merge.salesctl.driver = salesctl merge-driver %O %A %B %P

        and adds to the store's .gitattributes the lines 'salesctl init' writes when they are missing (LF line \
        endings, 'deals/*.yaml merge=salesctl'). Says what it changed; running it again changes nothing. A \
        merge.salesctl value naming another command is kept unless --force is given.

        With --hook, also installs a pre-commit hook that runs 'salesctl check' and refuses a commit while the \
        store has problems. An existing hook that salesctl did not write is never replaced: setup refuses and \
        changes nothing (add 'salesctl check' to that hook yourself, or use the pre-commit framework's \
        salesctl-check hook, see docs/GIT.md).
        """,
        """
        このクローンの git config に次を設定する ('git lfs install' と同じ考え方):

          merge.salesctl.name   = salesctl deal history
          merge.salesctl.driver = salesctl merge-driver %O %A %B %P

        また、'salesctl init' が書く行 (改行は LF、'deals/*.yaml merge=salesctl') がストア\
        の .gitattributes になければ追加する。変えたことを伝え、もう一度実行しても何も変わらない。\
        merge.salesctl にほかのコマンドが設定されていれば、--force がない限りそのまま残す。

        --hook を付けると、'salesctl check' を実行してストアに問題がある間はコミットを拒否する pre-commit フ\
        ックも入れる。salesctl が書いたのではない既存のフックは置き換えない: setup は拒否して何も変えない (\
        そのフックに自分で 'salesctl check' を足すか、pre-commit フレームワークの salesctl-check フックを使\
        う。docs/GIT.md 参照)。
        """,
        examples: """
              salesctl git setup
              salesctl -C team-sales git setup --hook
              git clone git@example.com:acme/sales.git && cd sales && salesctl git setup --hook
            """)

    static let mergeDriver = CommandHelp(
        en: "git merge driver for deal files: both sides' changes and history are kept.",
        ja: "商談ファイル用の git マージドライバー (両側の変更と履歴を残す)",
        """
        Merges a deal file field by field instead of line by line. What only one side changed is taken from that \
        side; key persons, checklist steps, members and any other list or mapping entries either side added are \
        all kept (a key person is the same person by name); every history event of both sides is kept, and the \
        new ones are appended in date order. Only a field both sides set to different values gets conflict \
        markers, around that field's line alone, never in the history: keep either side, delete the markers, and \
        the file reads and passes 'salesctl check'.

        Exit status: 0 merged cleanly; 1 conflicts left in the file (git then stops the merge for you to resolve \
        them), or a file could not be read (the result file is untouched). When a side does not read as a deal \
        file (a syntax error, or over the YAML reader's limits on size and depth), the driver says so and falls \
        back to 'git merge-file', git's own line merge. See docs/MERGE.md.

        'salesctl init' writes .gitattributes with 'deals/*.yaml merge=salesctl'; each clone names the driver \
        once (without it git merges deal files line by line, as usual):

          git config merge.salesctl.name "salesctl deal history"
          git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P"
        """,
        """
        商談ファイルを行単位ではなく項目単位でマージする。片側だけが変えた項目はその側から取る。キーパーソン\
        、チェックリストのステップ、メンバー、そのほかのリストやマッピングの要素は、どちらかが追加したものを\
        すべて残す (キーパーソンは名前で同じ人とみなす)。両側の履歴イベントはすべて残し、新しいものを日付順\
        に追加する。両側が違う値にした項目だけに、その項目の行に限ってコンフリクトマーカーを付ける (履歴には\
        付けない)。どちらかを残してマーカーを消せば、ファイルは読めて 'salesctl check' も通る。

        終了ステータス: 0 きれいにマージした。1 ファイルにコンフリクトが残った (git はマージを止めるので解決\
        する)、またはファイルが読めなかった (結果のファイルはそのまま)。片側が商談ファイルとして読めないと\
        き (構文エラー、または YAML リーダーのサイズや深さの制限を超えた) は、そう伝えて git 自身の行マー\
        ジ 'git merge-file' に切り替える。docs/MERGE.md 参照。

        'salesctl init' は .gitattributes に 'deals/*.yaml merge=salesctl' を書く。クローンごとに一度ドライ\
        バーを設定する (設定しなければ、git は商談ファイルをいつもどおり行単位でマージする):

          git config merge.salesctl.name "salesctl deal history"
          git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P"
        """,
        examples: """
              git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P"
              salesctl merge-driver base.yaml ours.yaml theirs.yaml deals/tokai-erp.yaml   # result in ours.yaml
            """,
        comments: ["# result in ours.yaml": "# 結果は ours.yaml に"])

    static let completion = CommandHelp(
        en: "Print a shell completion script for bash, zsh or fish.",
        ja: "bash、zsh、fish 用のシェル補完スクリプトを出力",
        """
        The script completes commands and options, and asks salesctl for deal ids, stages, kinds, signals, \
        indicators and people from the store of the command line (-C, else SALESCTL_DIR, else the nearest \
        salesctl.yaml upward). The same scripts are in completions/ of the source tree.
        """,
        """
        スクリプトはコマンドとオプションを補完し、商談 ID、ステージ、活動種別、シグナル、指標、人名を、コマ\
        ンドラインのストア (-C、なければ SALESCTL_DIR、なければ上にたどって最初の salesctl.yaml) か\
        ら salesctl に問い合わせて補完する。同じスクリプトがソースツリーの completions/ にある。
        """,
        examples: """
              salesctl completion bash > ~/.local/share/bash-completion/completions/salesctl
              salesctl completion zsh > ~/.zfunc/_salesctl     # with fpath+=(~/.zfunc) before compinit
              salesctl completion fish > ~/.config/fish/completions/salesctl.fish
            """,
        comments: ["# with fpath+=(~/.zfunc) before compinit": "# compinit の前に fpath+=(~/.zfunc)"])

    static let generateMan = CommandHelp(
        en: "Write the man pages of every command into a directory.",
        ja: "すべてのコマンドの man ページをディレクトリに書き出す",
        """
        Writes DIR/salesctl.1 and one page per command (salesctl-deal-new.1, ...), generated from the same \
        command tree as --help, with a fixed date so the output is reproducible. Used by scripts/generate-docs; \
        prints the names of the pages it wrote. With SALESCTL_LANG=ja the pages are in Japanese (man/ja/man1).
        """,
        """
        DIR/salesctl.1 とコマンドごとに 1 ページ (salesctl-deal-new.1、…) を、--help と同じコマンドツリーか\
        ら、出力が再現できるよう固定の日付で生成する。scripts/generate-docs が使う。書いたページの名前を表示\
        する。SALESCTL_LANG=ja なら日本語のページになる (man/ja/man1)。
        """,
        examples: """
              salesctl generate-man man
              salesctl generate-man /tmp/man && man -l /tmp/man/salesctl-deal-new.1
            """)
}
