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

    /// The hash is XXH3-128 itself: each step's value, as the `xxhash` package for Python
    /// (the reference library's binding) computes it over the step's bytes (the fingerprint
    /// so far, the addition's kind and length, its bytes; an addition over 215 bytes by its
    /// own XXH3-128), kept here as golden values.
    func testEachStepIsXXH3OfTheStepsBytes() {
        var f = fingerprint { $0.add("abc") }
        XCTAssertEqual(f.description, "9a443da16506977a414ca6699fc98b96")
        f.add(int: 42)
        XCTAssertEqual(f.description, "9f4094b6e56da6437e1e68c2886f5d32")
        XCTAssertEqual(fingerprint { $0.add(String(repeating: "x", count: 300)) }.description, "38045802cef8c213e4c4db0d89645e80")
    }

    /// One byte changed anywhere in a text of 0 to 40 bytes, or about the 215 bytes past which a
    /// text is hashed on its own, changes its fingerprint.
    func testEveryChangedByteChangesTheFingerprint() {
        var random = SampleRandom(seed: 7)
        for length in [Int](0...40) + [214, 215, 216, 300] {
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
