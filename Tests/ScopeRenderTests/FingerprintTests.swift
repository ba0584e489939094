import Foundation
import ScopeCache
@testable import ScopeRender
@testable import ScopeSample
import XCTest

/// Fingerprints keep a file unrendered, so two different contexts must not share one: texts
/// cut otherwise, a marker beside a text, a text beside a number, a change in any byte.
final class FingerprintTests: XCTestCase {
    func fingerprint(_ build: (inout Fingerprint) -> Void) -> Fingerprint {
        var f = Fingerprint()
        build(&f)
        return f
    }

    func testTextsCutOtherwiseDiffer() {
        let texts = ["", "a", "ab", "abc", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "é", "\u{0}"]
        var seen: [Fingerprint: String] = [:]
        for x in texts {
            for y in texts {
                let f = fingerprint { $0.add(x); $0.add(y) }
                if let other = seen[f] { XCTFail("\(x)|\(y) and \(other) share a fingerprint") }
                seen[f] = x + "|" + y
            }
        }
        // A text of zero bytes, then "a", is not "a" then a text of zero bytes, nor the marker 0.
        XCTAssertNotEqual(fingerprint { $0.add(""); $0.add("a") }, fingerprint { $0.add("a"); $0.add("") })
        XCTAssertNotEqual(fingerprint { $0.add(UInt8(0)) }, fingerprint { $0.add("") })
        XCTAssertNotEqual(fingerprint { $0.add(UInt8(1)) }, fingerprint { $0.add("\u{1}") })
    }

    /// One byte changed anywhere in a text of 0 to 40 bytes changes its fingerprint.
    func testEveryChangedByteChangesTheFingerprint() {
        var random = SampleRandom(seed: 7)
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8(0x20 + random.next() % 0x5F) }
            let base = fingerprint { $0.add(String(decoding: bytes, as: UTF8.self)) }
            for i in 0..<length {
                var changed = bytes
                changed[i] = changed[i] == 0x41 ? 0x42 : 0x41
                XCTAssertNotEqual(fingerprint { $0.add(String(decoding: changed, as: UTF8.self)) }, base, "byte \(i) of \(length)")
            }
        }
    }
}
