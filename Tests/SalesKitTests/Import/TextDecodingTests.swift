import Foundation
import Testing

@testable import SalesKit

/// Encodings of CRM exports: UTF-8 with or without a BOM, Shift_JIS (CP932), UTF-16; bad bytes
/// reported with their line.
@Suite struct TextDecodingTests {
    static let japanese = "商談名,取引先\n基幹システム刷新,㈱東海精機\n髙橋 由美,①～\n"

    @Test func utf8WithAndWithoutABOM() throws {
        let plain = Array(Self.japanese.utf8)
        #expect(try TextDecoding.decode(plain, as: nil, path: "x.csv") == (plain, .utf8))
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + plain, as: nil, path: "x.csv") == (plain, .utf8))
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + plain, as: .utf8, path: "x.csv") == (plain, .utf8))
    }

    /// CP932, with characters plain Shift_JIS lacks (㈱ ① 髙 ～), is detected and decoded.
    @Test func shiftJISIsDetected() throws {
        let sjis = try TextDecoding.convertForTest(Self.japanese, to: "CP932")
        #expect(TextDecoding.lineNumber(of: sjis.count, in: sjis) == 4)
        let decoded = try TextDecoding.decode(sjis, as: nil, path: "x.csv")
        #expect(decoded.encoding == .shiftJIS)
        #expect(String(decoding: decoded.text, as: UTF8.self) == Self.japanese)
        #expect(try TextDecoding.decode(sjis, as: .shiftJIS, path: "x.csv").text == Array(Self.japanese.utf8))
    }

    @Test func utf16WithABOM() throws {
        let utf16 = [UInt8]([0xFF, 0xFE]) + Self.japanese.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try TextDecoding.decode(utf16, as: nil, path: "x.csv")
        #expect(decoded.encoding == .utf16)
        #expect(String(decoding: decoded.text, as: UTF8.self) == Self.japanese)
    }

    @Test func aBadUTF16UnitIsReportedAtItsLine() throws {
        // "a\nb\n" then a lone low surrogate (0xDC00), little-endian with a BOM.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0, 0x0A, 0, 0x62, 0, 0x0A, 0, 0x00, 0xDC, 0x63, 0]
        #expect(
            throws: SalesError.invalidFile(
                Finding(path: "x.csv", line: 3, code: "bad-encoding", message: "invalid UTF-16: byte 0x00"))
        ) {
            _ = try TextDecoding.decode(bytes, as: nil, path: "x.csv")
        }
    }

    @Test func bytesValidInNeitherAreAnErrorWithTheirLine() throws {
        let bytes = Array("a,b\nc,d\n".utf8) + [0xFF, 0xFF] + Array("\n".utf8)
        #expect(
            throws: SalesError.invalidFile(
                Finding(
                    path: "x.csv", line: 3, code: "bad-encoding",
                    message: "the file is neither UTF-8 nor Shift_JIS (CP932): byte 0xFF is not valid in either"))
        ) {
            _ = try TextDecoding.decode(bytes, as: nil, path: "x.csv")
        }
        #expect(
            throws: SalesError.invalidFile(
                Finding(path: "x.csv", line: 3, code: "bad-encoding", message: "invalid UTF-8: byte 0xFF"))
        ) {
            _ = try TextDecoding.decode(bytes, as: .utf8, path: "x.csv")
        }
        let sjis = try TextDecoding.convertForTest("あ\nい\n", to: "CP932") + [0x82]  // a lead byte without its trail
        #expect(
            throws: SalesError.invalidFile(
                Finding(path: "x.csv", line: 3, code: "bad-encoding", message: "invalid Shift_JIS (CP932): byte 0x82"))
        ) {
            _ = try TextDecoding.decode(sjis, as: .shiftJIS, path: "x.csv")
        }
    }

    @Test func encodingNames() {
        #expect(TextEncoding(name: "CP932") == .shiftJIS)
        #expect(TextEncoding(name: "Shift_JIS") == .shiftJIS)
        #expect(TextEncoding(name: "windows-31j") == .shiftJIS)
        #expect(TextEncoding(name: "UTF8") == .utf8)
        #expect(TextEncoding(name: "latin1") == nil)
    }

    /// Foundation's own Shift_JIS on this platform, for the record (docs/IMPORT.md says why
    /// iconv is used): whatever it does, iconv's result is the one salesctl relies on.
    @Test func foundationShiftJISAgreesWhenItExists() throws {
        let sjis = try TextDecoding.convertForTest("基幹システム刷新\n", to: "SHIFT_JIS")
        if let viaFoundation = String(data: Data(sjis), encoding: .shiftJIS) {
            #expect(viaFoundation == "基幹システム刷新\n")
        }
    }
}

extension TextDecoding {
    /// UTF-8 text to `encoding` through iconv, to make fixtures.
    static func convertForTest(_ text: String, to encoding: String) throws -> [UInt8] {
        let cd = iconv_open(encoding, "UTF-8")
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 8)
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                _ = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                produced = outBuffer.count - outLeft
            }
        }
        return Array(output[..<produced])
    }
}
