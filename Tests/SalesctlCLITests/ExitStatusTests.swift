import SalesKit
import Testing

@testable import SalesctlCLI

/// One table from the kind of an error to the exit code, and flags in messages.
@Suite struct ExitStatusTests {
    @Test(
        arguments: [
            (SalesError.invalidArgument("unknown stage 'x'"), 2),
            (.invalidID("Bad_ID", reason: "it is empty"), 2),
            (.dealExists("acme-erp"), 1),
            (.storeExists("/s"), 1),
            (.notFound("no report 'zzzzzz'"), 1),
            (.refused("homework 'x#1' is already done (2026-08-17)"), 1),
            (.noDeal("x", suggestion: nil), 1),
            (.noStore(searchedFrom: "/"), 1),
            (.noMatch(what: "owner", typed: "x", known: []), 1),
            (.ambiguousName(what: "owner", typed: "x", candidates: ["x1", "x2"]), 1),
            (.lockTimeout(path: "/s/.salesctl/lock"), 75),
            (.io(path: "f", reason: "permission denied"), 1),
            (.aborted("empty report; nothing written"), 1),
            (.invalidFile(Finding(path: "deals/x.yaml", code: "yaml-syntax", message: "bad")), 1)
        ] as [(SalesError, Int32)])
    func theKindDecidesTheCode(error: SalesError, code: Int32) {
        #expect(ExitStatus.code(for: error) == code)
    }

    @Test func salesKitNamesValuesAndTheCommandLineNamesFlags() {
        let error = SalesError.invalidArgument("\(field: "force") needs \(field: "reason") TEXT")
        #expect(error.message == "salesctl: force needs reason TEXT")
        #expect(ExitStatus.message(for: error) == "salesctl: --force needs --reason TEXT")
        let list = SalesError.invalidArgument("give at least one of \(fields: ["title", "reports-to"])")
        #expect(ExitStatus.message(for: list) == "salesctl: give at least one of --title, --reports-to")
    }
}
