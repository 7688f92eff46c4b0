/// Why a file could not be read or written (`SalesError.io`'s reason), looked up by its English
/// text when it is shown (`FindingText.ioReason`): the reason stays English in the error itself,
/// where callers test it (`already exists`). `errno…` are the system's own words (strerror), the
/// arguments of the `ior…` messages.
extension Message {
    static let ioTable: [Message: [Language: String]] = [
        .iorSymlinkRead: [
            .en: "is a symbolic link; salesctl does not follow links in a store",
            .ja: "シンボリックリンクです。salesctl はストアの中のリンクをたどりません"
        ],
        .iorSymlinkWrite: [
            .en: "is a symbolic link; salesctl does not write through links",
            .ja: "シンボリックリンクです。salesctl はリンクの先には書き込みません"
        ],
        .iorNotRegular: [.en: "not a regular file", .ja: "通常のファイルではありません"],
        .iorExists: [.en: "already exists", .ja: "すでにあります"],
        .iorTemporary: [.en: "cannot create a temporary file: {0}", .ja: "一時ファイルを作れません: {0}"],
        .iorWrite: [.en: "cannot write: {0}", .ja: "書き込めません: {0}"],
        .iorSync: [.en: "cannot sync: {0}", .ja: "ディスクに書き出せません: {0}"],
        .iorReplace: [.en: "cannot replace: {0}", .ja: "置き換えられません: {0}"],
        .iorDirectory: [.en: "cannot create directory: {0}", .ja: "ディレクトリを作れません: {0}"],
        .iorFreeName: [.en: "could not find a free file name", .ja: "空いているファイル名が見つかりません"],
        .iorReadBack: [
            .en: "refusing to write a file salesctl could not read back ({0}: {1})",
            .ja: "書いた後に salesctl が読み戻せないファイルになるので、書き込みません({0}: {1})"
        ],
        .iorOpenLock: [.en: "cannot open lock: {0}", .ja: "ロックファイルを開けません: {0}"],
        .iorLock: [.en: "cannot lock: {0}", .ja: "ロックできません: {0}"],
        .iorIconv: [.en: "this system's iconv cannot read {0}", .ja: "このシステムの iconv は {0} を読めません"],
        .iorDatabase: [.en: "cannot open the database: {0}", .ja: "データベースを開けません: {0}"],
        .iorChangeDirectory: [.en: "cannot change to this directory: {0}", .ja: "このディレクトリに移れません: {0}"],
        .iorExecutable: [.en: "cannot make it executable", .ja: "実行可能にできません"],
        .iorStandardInput: [.en: "standard input", .ja: "標準入力"],
        // strerror(3), as salesctl prints it (lower case)
        .errnoNoEntry: [.en: "no such file or directory", .ja: "ファイルやディレクトリがありません"],
        .errnoPermission: [.en: "permission denied", .ja: "権限がありません"],
        .errnoNotPermitted: [.en: "operation not permitted", .ja: "この操作は許されていません"],
        .errnoExists: [.en: "file exists", .ja: "ファイルがすでにあります"],
        .errnoNotDirectory: [.en: "not a directory", .ja: "ディレクトリではありません"],
        .errnoIsDirectory: [.en: "is a directory", .ja: "ディレクトリです"],
        .errnoNoSpace: [.en: "no space left on device", .ja: "ディスクに空きがありません"],
        .errnoQuota: [.en: "disk quota exceeded", .ja: "ディスクの割り当て量を超えています"],
        .errnoReadOnly: [.en: "read-only file system", .ja: "読み取り専用のファイルシステムです"],
        .errnoLoop: [.en: "too many levels of symbolic links", .ja: "シンボリックリンクが深すぎます"],
        .errnoNameTooLong: [.en: "file name too long", .ja: "ファイル名が長すぎます"],
        .errnoIO: [.en: "input/output error", .ja: "入出力エラーです"],
        .errnoTooManyFiles: [.en: "too many open files", .ja: "開いているファイルが多すぎます"],
        .errnoBusy: [.en: "device or resource busy", .ja: "デバイスが使用中です"],
        .errnoAgain: [.en: "resource temporarily unavailable", .ja: "一時的に使えません"],
        .errnoNotEmpty: [.en: "directory not empty", .ja: "ディレクトリが空ではありません"],
        .errnoCrossDevice: [.en: "invalid cross-device link", .ja: "別のデバイスをまたいでリンクできません"],
        .errnoStale: [.en: "stale file handle", .ja: "ファイルハンドルが古くなっています"],
        // SQLite's own words (sqlite3_errmsg) that an export can meet
        .errnoSQLiteOpen: [.en: "unable to open database file", .ja: "データベースファイルを開けません"],
        .errnoSQLiteLocked: [.en: "database is locked", .ja: "データベースがロックされています"],
        .errnoSQLiteIO: [.en: "disk I/O error", .ja: "ディスクの入出力エラーです"],
        .errnoSQLiteFull: [.en: "database or disk is full", .ja: "データベースかディスクがいっぱいです"],
        .errnoSQLiteReadOnly: [.en: "attempt to write a readonly database", .ja: "読み取り専用のデータベースには書き込めません"],
        .errnoSQLiteClosed: [.en: "database is closed", .ja: "データベースが閉じられています"]
    ]
}
