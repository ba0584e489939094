import Foundation
import ScopeModel

/// An export's bytes as text, in its declared encoding. UTF-8 is checked, and a file that is
/// not UTF-8 is refused with the first bad byte's line and a hint, never read as garbage.
enum TextDecoding {
    static func text(_ data: Data, encoding: TextEncoding, file: String) -> Result<String, Diagnostic> {
        let whole = SourceLocation(file: file, position: .none)
        // A UTF-8 byte order mark says what the file is, whatever the config says.
        let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
        switch hasBOM ? .utf8 : encoding {
        case .utf8:
            if let s = String(data: data, encoding: .utf8) { return .success(s) }
            let (line, byte) = firstInvalidUTF8(data)
            return .failure(Diagnostic(.error, at: SourceLocation(file: file, position: .line(line)), kind: nil, recordID: nil, field: nil,
                                       String(format: "not UTF-8 text: byte 0x%02X on this line is not UTF-8. ", byte)
                                       + "Save the export as UTF-8, or declare its encoding in config.yaml (encoding: windows-1252, "
                                       + "as Excel writes CSV, or encoding: iso-8859-1); no record of this file was read"))
        case .windows1252:
            // Five bytes are undefined in Windows-1252; Foundation refuses them.
            if let s = String(data: data, encoding: .windowsCP1252) { return .success(s) }
            return .failure(Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil,
                                       "not Windows-1252 text (it holds a byte that encoding does not define); no record of this file was read"))
        case .latin1:
            return .success(String(decoding: data.map { UInt16($0) }, as: UTF16.self))
        }
    }

    /// The line (from 1) and value of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(_ data: Data) -> (Int, UInt8) {
        var line = 1
        var i = data.startIndex
        while i < data.endIndex {
            let b = data[i]
            if b == 0x0A { line += 1 }
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0
            guard length > 0, i + length <= data.endIndex,
                  data[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return (line, b) }
            i += length
        }
        return (line, 0)
    }
}
