import Foundation
import Testing

@testable import SalesctlCLI

@Suite struct ManPageTests {
    static let json = """
        {"serializationVersion":0,"command":{"commandName":"tool","abstract":"Do things.","discussion":"Long text \\\\ here.\\n\\nCodes:\\n  a-b\\n\\nExamples:\\n  tool go --fast \\\\\\n    --name 山田\\n  tool stop","subcommands":[
          {"commandName":"go","abstract":"Go.","discussion":".starts with a dot\\n\\nExamples:\\n  tool go\\n  tool go -q","arguments":[
            {"kind":"option","names":[{"kind":"short","name":"C"},{"kind":"long","name":"dir"}],"preferredName":{"kind":"long","name":"dir"},"valueName":"DIR","isOptional":true,"isRepeating":false,"shouldDisplay":true,"abstract":"Where."},
            {"kind":"positional","valueName":"id","isOptional":false,"isRepeating":true,"shouldDisplay":true,"abstract":"Ids."},
            {"kind":"flag","names":[{"kind":"short","name":"q"},{"kind":"long","name":"quiet"}],"isOptional":true,"isRepeating":false,"shouldDisplay":true,"abstract":"Quiet."},
            {"kind":"option","names":[{"kind":"long","name":"secret"}],"isOptional":true,"isRepeating":false,"shouldDisplay":false,"abstract":"Hidden."}]},
          {"commandName":"hidden","abstract":"H.","shouldDisplay":false},
          {"commandName":"help","abstract":"Help."}]}}
        """

    @Test func discussionSplitsProseVerbatimAndExamples() throws {
        let tree = try CommandDoc.parse(dumpHelp: Self.json)
        #expect(
            tree.discussionParts.paragraphs == [
                .paragraph("Long text \\ here."), .paragraph("Codes:"), .verbatim(["a-b"])
            ])
        #expect(tree.examples == ["tool go --fast \\\n  --name 山田", "tool stop"])
        #expect(tree.visibleCommands().map { $0.path.joined(separator: " ") } == ["tool", "tool go"])
    }

    /// Japanese pages: a break point between Japanese characters, none before a closing mark or
    /// after an opening one, none in the NAME line or in examples.
    @Test func japanesePagesBreakBetweenCharacters() {
        let page = ".SH 名前\nx \\- 商談\n.SH 説明\n商談 (既定: 今日)。\n.nf\n例です\n.fi\n"
        #expect(
            ManPage.breakPoints(page)
                == ".SH 名前\nx \\- 商談\n.SH 説明\n商\\:談 (既\\:定: 今\\:日)。\n.nf\n例です\n.fi\n")
    }

    @Test func pagesAreEscapedRoffWithFixedDate() throws {
        let pages = ManPage.pages(for: try CommandDoc.parse(dumpHelp: Self.json), version: "1.0", date: "2026-01-02")
        #expect(pages.map(\.fileName) == ["tool.1", "tool-go.1"])
        let root = pages[0].text
        #expect(root.contains(".TH \"TOOL\" 1 \"2026\\-01\\-02\" \"tool 1.0\" \"Tool Manual\"\n"))
        #expect(root.contains("Long text \\e here."))
        #expect(
            root.contains(".SH EXAMPLES\n.PP\n.RS 4\n.nf\ntool go \\-\\-fast \\e\n  \\-\\-name 山田\ntool stop\n.fi\n"))
        #expect(root.contains(".SH COMMANDS\n.TP\n\\fBgo\\fR\nGo.\n"))
        #expect(!root.contains("hidden"))
        let go = pages[1].text
        #expect(go.contains("\\&.starts with a dot"))
        #expect(go.contains("[\\fB\\-C\\fR \\fIDIR\\fR]\n\\fIid\\fR ...\n[\\fB\\-q\\fR]\n"))
        #expect(go.contains(".TP\n\\fB\\-C\\fR, \\fB\\-\\-dir\\fR \\fIDIR\\fR\nWhere.\n"))
        #expect(!go.contains("secret"))
        #expect(go.contains(".SH SEE ALSO\n\\fBtool\\fR(1)\n"))
        // No line of any page starts a request by accident.
        for page in pages {
            for line in page.text.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
                #expect(
                    line.hasPrefix(".\\\"")
                        || line.range(of: #"^\.[A-Z]{1,2}( |$)|^\.(nf|fi|nh|ad|ad l)$"#, options: .regularExpression)
                            != nil,
                    "\(line)")
            }
        }
    }
}
