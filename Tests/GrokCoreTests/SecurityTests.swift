import Foundation
import TestSupport
import Testing
@testable import GrokCore

@Suite struct SecurityTests {
    @Test func keyNeverPrints() throws {
        let key = try #require(APIKey("fake-key-abc"))
        #expect("\(key)" == "***")
        #expect(String(reflecting: key) == "APIKey(***)")
    }

    @Test func redactorMasksSecretsAndBearer() {
        let redactor = Redactor(secrets: ["fake-secret"])
        #expect(redactor.redact("key=fake-secret; again fake-secret") == "key=***; again ***")
        #expect(redactor.redact("Authorization: Bearer something-else") == "Authorization: Bearer ***")
        #expect(redactor.redact("no secrets here") == "no secrets here")
    }

    @Test func shortSecretIsHiddenOnlyAsAWordOfItsOwn() {
        let redactor = Redactor(secrets: ["k"])
        #expect(redactor.redact("model grok-imagine-video-1.5, key k") == "model grok-imagine-video-1.5, key ***")
        #expect(redactor.redact("k=k;k") == "***=***;***")
        #expect(redactor.redact("kayak and k_1 and 1-k") == "kayak and k_1 and 1-k")
        #expect(redactor.contains(secretIn: "use k here"))
        #expect(!redactor.contains(secretIn: "kayak"))
    }

    @Test func longSecretIsHiddenEvenInsideAWord() {
        let redactor = Redactor(secrets: ["abcdefgh"])
        #expect(redactor.redact("xabcdefghx") == "x***x")
        #expect(redactor.contains(secretIn: "xabcdefghx"))
    }

    @Test func keyShorterThanEightCharactersDoesNotLookReal() throws {
        #expect(try #require(APIKey("k")).looksReal == false)
        #expect(try #require(APIKey("1234567")).looksReal == false)
        #expect(try #require(APIKey("12345678")).looksReal)
    }

    @Test func keyFromEnvironment() throws {
        let key = try KeySource.load(keyFile: nil, environment: ["JIMMYAI_API_KEY": " fake-env-key \n"])
        #expect(key?.secret == "fake-env-key")
    }

    @Test func emptyEnvironmentKeyIsAnError() {
        #expect(throws: GrokError.emptyKey(source: "JIMMYAI_API_KEY")) {
            try KeySource.load(keyFile: nil, environment: ["JIMMYAI_API_KEY": "  "])
        }
    }

    @Test func noKeyConfigured() throws {
        #expect(try KeySource.load(keyFile: nil, environment: [:]) == nil)
    }

    @Test(arguments: [0o600, 0o400])
    func keyFileWithPrivateMode(mode: Int) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("key", "fake-file-key\n", mode: mode)
        #expect(try KeySource.load(keyFile: path, environment: ["JIMMYAI_API_KEY": "other"])?.secret == "fake-file-key")
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o700])
    func keyFileReadableByOthersIsRefused(mode: Int) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("key", "fake-file-key", mode: mode)
        #expect(throws: GrokError.keyFileMode(path: path, mode: mode)) { try KeySource.read(path) }
        #expect(GrokError.keyFileMode(path: path, mode: mode).hint == "chmod 600 '\(path)'")
    }

    @Test func keyFileFromEnvironment() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("key", "fake-file-key", mode: 0o600)
        #expect(try KeySource.load(keyFile: nil, environment: ["JIMMYAI_API_KEY_FILE": path])?.secret == "fake-file-key")
    }

    @Test func missingKeyFile() {
        let path = "/nonexistent/grok/key"
        let expected = GrokError.keyFileUnreadable(path: path, reason: "No such file or directory")
        #expect(throws: expected) { try KeySource.read(path) }
        #expect(throws: expected) { try KeySource.load(keyFile: nil, environment: ["JIMMYAI_API_KEY_FILE": path]) }
        #expect(expected.description == "cannot read the key file '\(path)': No such file or directory")
        #expect(expected.exitStatus == .authentication)
    }

    @Test(arguments: [
        ("http://127.0.0.1:8080", true), ("http://localhost", true), ("http://[::1]:9", true), ("https://api.test", true),
        ("http://api.test", false), ("http://127.evil.test", false), ("http://10.0.0.1", false),
    ])
    func keyTransport(url: String, allowed: Bool) throws {
        let origin = try #require(Origin(URL(string: url)!))
        #expect(origin.allowsKey(insecureHTTPAllowed: false) == allowed)
        #expect(origin.allowsKey(insecureHTTPAllowed: true))
    }

    @Test func clientRefusesKeyOverPlainHTTP() {
        let configuration = ClientConfiguration(baseURL: URL(string: "http://api.test")!, apiKey: APIKey("fake-key"))
        #expect(throws: GrokError.insecureTransport(host: "api.test")) { try GrokClient(configuration: configuration) }
    }

    @Test func originsCompareSchemeHostAndPort() {
        #expect(Origin(URL(string: "https://a.test/x")!) == Origin(URL(string: "https://A.test:443/y")!))
        #expect(Origin(URL(string: "https://a.test")!) != Origin(URL(string: "http://a.test")!))
        #expect(Origin(URL(string: "https://a.test")!) != Origin(URL(string: "https://a.test:8443")!))
        #expect(Origin(URL(string: "file:///etc/passwd")!) == nil)
    }

    // Issue 18, case 2: redact, then cut; every encoding of the key.

    static let key = "zx9-FAKE-cut-test-key-0123"

    @Test func aKeyIsFoundJSONEscapedPercentEncodedAndMixed() {
        let redactor = Redactor(secrets: [Self.key])
        let escaped = Self.key.unicodeScalars.map { "\\u" + String(format: "%04X", $0.value) }.joined()
        let percent = Self.key.utf8.map { String(format: "%%%02x", $0) }.joined()
        let mixed = "zx9%2DFAKE\\u002dcut-test-key-0123"
        for form in [Self.key, escaped, percent, mixed] {
            #expect(redactor.redact("a \(form) b") == "a *** b", "\(form)")
            #expect(redactor.contains(secretIn: "x\(form)x"))
        }
        #expect(redactor.redact("50% off \\u0041 zx9-") == "50% off \\u0041 zx9-", "nothing that is not the key is touched")
    }

    @Test func aLongRunOfTheKeysFirstCharactersIsHiddenAnywhere() {
        let redactor = Redactor(secrets: [Self.key])
        #expect(redactor.redact("see zx9-FAKE-cut and more") == "see *** and more")
        #expect(redactor.redact("see zx9-FAKE-cu and more") == "see zx9-FAKE-cu and more", "11 characters in the middle of text stay")
    }

    @Test func aPieceOfTheKeyBeforeAnEllipsisIsHidden() {
        let redactor = Redactor(secrets: [Self.key])
        #expect(redactor.redact("'....zx9-…'") == "'....***…'")
        #expect(redactor.redact("'....zx9…'") == "'....zx9…'", "three characters are too few to tell")
    }

    @Test(arguments: 0...30)
    func aCutAnywhereAroundTheKeyShowsNoneOfIt(shift: Int) {
        let redactor = Redactor(secrets: [Self.key])
        let text = String(repeating: ".", count: 100 - shift) + Self.key + String(repeating: ".", count: 100)
        let cut = redactor.cut(text, maxBytes: 100)
        #expect(cut.isShortened)
        #expect(cut.text.utf8.count <= 100)
        #expect(!cut.text.contains("zx9-"), "\(cut.text)")
        #expect(!cut.text.hasSuffix("*") || cut.text.hasSuffix("***"), "a mask is never cut: \(cut.text)")
    }

    @Test func aPrefixOfTheKeyLeftAtACutIsHidden() {
        let redactor = Redactor(secrets: [Self.key])
        // The text holds only the start of the key (the rest was never received): the cut
        // leaves "zx9-FAK" at its end.
        let cut = redactor.cut("......zx9-FAK" + "........", maxBytes: 13)
        #expect(cut.text == "......***")
        #expect(redactor.cut("......zx9-FAK", maxBytes: 100, textWasCut: true).text == "......***")
        #expect(redactor.cut("......zx9-FAK", maxBytes: 100).text == "......zx9-FAK", "an end that is not a cut stays")
    }

    @Test func anErrorExcerptIsRedactedBeforeItIsCut() {
        let redactor = Redactor(secrets: [Self.key])
        for offset in [90, 100, 110, 116, 119] {
            let body = Array((String(repeating: ".", count: offset) + Self.key + String(repeating: ".", count: 300)).utf8)
            let excerpt = ResponseDecoding.excerpt(body, redactor: redactor)
            #expect(!excerpt.contains("zx9-"), "at \(offset): \(excerpt)")
            #expect(excerpt.hasSuffix("…'"))
        }
    }

    @Test func aTracedBodyIsRedactedBeforeItIsCut() throws {
        let redactor = Redactor(secrets: [Self.key])
        for offset in [2020, 2030, 2040, 2044, 2047] {
            let body = Array((String(repeating: ".", count: offset) + Self.key + String(repeating: ".", count: 3000)).utf8)
            let text = try #require(TraceEvent.bodyText(body, redactor: redactor))
            #expect(!text.contains("zx9-"), "at \(offset): \(text.suffix(60))")
            let marker = try #require(text.range(of: " … (", options: .backwards))
            #expect(text[marker.upperBound...] == "\(body.count - text[..<marker.lowerBound].utf8.count) more bytes)")
        }
    }

    /// A window that ends inside a character of two, three or four bytes is still text: only
    /// the split character is left out (it was taken for binary when three bytes were always
    /// dropped, whatever the character's length: a long Chinese prompt's create body).
    @Test(arguments: ["é", "猫", "🐈"])
    func aWindowEndingInsideACharacterIsStillText(character: String) throws {
        for lead in 0..<4 {
            let body = Array((String(repeating: "a", count: lead) + String(repeating: character, count: 9000)).utf8)
            let text = try #require(TraceEvent.bodyText(body, redactor: .none))
            #expect(!text.hasPrefix("("), "lead \(lead): \(text.prefix(40))")
            #expect(text.hasPrefix(String(repeating: "a", count: lead) + character + character))
            let kept = try #require(WireBody.capture(body, mimeType: "application/json", redactor: .none).text, "lead \(lead)")
            #expect(kept.hasSuffix(character))
        }
    }
}
