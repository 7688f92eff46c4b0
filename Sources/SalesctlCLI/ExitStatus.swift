import SalesKit

/// The exit-code table, in one place: 0 ok; 1 refused, not found, or findings; 2 a malformed
/// command line or value; 75 (EX_TEMPFAIL) the store is locked by another salesctl.
enum ExitStatus {
    static let ok: Int32 = 0
    static let refused: Int32 = 1
    static let usage: Int32 = 2
    static let busy: Int32 = 75

    /// The code for an error, decided by its kind alone.
    static func code(for error: SalesError) -> Int32 {
        switch error.kind {
        case .malformed: usage
        case .busy: busy
        case .refused, .failed: refused
        }
    }

    /// The error's message as the command line says it: SalesKit's names of values become
    /// flags ("date" → "--date").
    static func message(for error: SalesError) -> String {
        error.message(field: flag)
    }

    /// The flag that gives the value SalesKit calls `field`.
    static func flag(_ field: String) -> String { "--" + field }
}
