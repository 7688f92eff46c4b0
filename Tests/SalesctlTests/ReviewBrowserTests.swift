import Foundation
import Testing

/// The review page in a real browser: Debian's headless chromium (installed by .ci/run) loads
/// the page written from a store full of hostile text, and the test requires
/// - no console message at all (chromium logs every console message and every blocked script or
///   fetch as a `:CONSOLE` line under --enable-logging=stderr; a control page proves it does);
/// - the DOM the browser built to pass scripts/check-html: no element or attribute from data
///   (no script, img, on* attribute), every <svg> with a non-zero width and height, the data
///   there as text;
/// - a screenshot of the window size asked and an A4 PDF, saved in .build/test-artifacts/ for
///   a person to look at.
/// Skipped, with this reason, only when no chromium binary is installed.
@Suite(.serialized) struct ReviewBrowserTests {
    static let chromium = ShellHarness.which("chromium") ?? ShellHarness.which("chromium-browser")
    static let artifacts = Harness.packageRoot.appendingPathComponent(".build/test-artifacts").path

    /// Runs headless chromium on `page` with `flags`; returns its stdout and the console lines
    /// of its log.
    static func browse(_ page: String, _ flags: [String]) throws -> (stdout: String, console: [String], status: Int32) {
        let profile = try Harness.temporaryDirectory()
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = profile
        let result = try Harness.spawn(
            ShellHarness.which("timeout") ?? "/usr/bin/timeout",
            [
                "120", chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=\(profile)/chromium",
                "--enable-logging=stderr", "--v=0"
            ] + flags + ["file://" + page],
            environment: env)
        let console = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
        return (result.stdout, console, result.status)
    }

    @Test(
        .enabled(
            if: chromium != nil,
            "no chromium binary on PATH (.ci/run installs Debian's chromium); the browser test is skipped"))
    func thePageRendersInChromiumWithoutConsoleErrors() throws {
        let dir = try ReviewTests.hostileStore()
        let work = try Harness.temporaryDirectory()
        let page = work + "/review.html"
        let written = try Harness.run(
            ["review", "--since", "2026-10-01", "--out", page], in: dir, environment: ReviewTests.env)
        #expect(written.status == 0, "\(written.stderr)")

        // The DOM as the browser built it, and the console while it did.
        let dom = try Self.browse(page, ["--dump-dom"])
        #expect(dom.status == 0)
        #expect(dom.console.isEmpty, "\(dom.console)")
        try dom.stdout.write(toFile: work + "/dom.html", atomically: true, encoding: .utf8)
        let checked = try ReviewTests.check(work + "/dom.html")
        #expect(checked.errors.isEmpty, "\(checked.errors)")
        #expect(checked.svgs.count >= 10 && checked.svgs.allSatisfy { $0[0] > 0 && $0[1] > 0 })
        #expect(checked.text.contains(ReviewTests.script) && checked.text.contains(ReviewTests.image))
        #expect(checked.text.contains("東海精機株式会社"))

        try FileManager.default.createDirectory(atPath: Self.artifacts, withIntermediateDirectories: true)
        // A screenshot of the size asked.
        let png = Self.artifacts + "/review.png"
        try? FileManager.default.removeItem(atPath: png)
        let shot = try Self.browse(page, ["--hide-scrollbars", "--window-size=1280,3200", "--screenshot=\(png)"])
        #expect(shot.status == 0 && shot.console.isEmpty, "\(shot.console)")
        let image = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(image.count > 50_000)  // a page of text and charts, not a blank window
        func be32(_ at: Int) -> Int { image[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be32(16) == 1280 && be32(20) == 3200)  // IHDR

        // The page printed on A4.
        let pdf = Self.artifacts + "/review.pdf"
        try? FileManager.default.removeItem(atPath: pdf)
        let printed = try Self.browse(page, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)"])
        #expect(printed.status == 0 && printed.console.isEmpty, "\(printed.console)")
        let document = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(document.starts(with: Array("%PDF".utf8)) && document.count > 20_000)
        #expect(String(decoding: document, as: UTF8.self).contains("/MediaBox [0 0 594.9"))  // A4: 595 × 842 points
    }

    /// The console check can fail: the same policy on a page that does hold a script logs it.
    @Test(
        .enabled(
            if: chromium != nil,
            "no chromium binary on PATH (.ci/run installs Debian's chromium); the browser test is skipped"))
    func aBlockedScriptShowsOnTheConsole() throws {
        let page = try Harness.temporaryDirectory() + "/control.html"
        try """
        <!DOCTYPE html><html><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        </head><body><p>control</p><script>document.title = "ran"</script></body></html>
        """.write(toFile: page, atomically: true, encoding: .utf8)
        let result = try Self.browse(page, ["--dump-dom"])
        #expect(result.console.contains { $0.contains("Content Security Policy") }, "\(result.console)")
        #expect(!result.stdout.contains("<title>ran</title>"))
    }
}
