import Foundation
@testable import GrokCore
import Testing

/// The parser keeps keys in the order written, so a body shown back (trace, `show response`,
/// HAR) reads as it was sent; and it is as strict as Foundation's decoder it replaced.
@Suite struct JSONParserTests {
    @Test func keysKeepTheOrderWritten() throws {
        let text = #"{"model":"m","prompt":"p","duration":10,"image_urls":["u"],"a":{"z":1,"b":2}}"#
        let value = try #require(JSONValue.parse(Array(text.utf8)))
        #expect(value.compactText == text)
        guard case .object(let fields) = value else { Issue.record("not an object"); return }
        #expect(Array(fields.keys) == ["model", "prompt", "duration", "image_urls", "a"])
    }

    @Test func theTraceShowsACreateBodyInTheOrderSentOnATerminalToo() {
        let body = #"{"model":"m","prompt":"p","duration":10,"image_urls":["u"]}"#
        let event = TraceEvent(exchange: 1, kind: .request(method: "POST", url: "http://h/v", headers: [], body: body))
        #expect(event.lines(pretty: true) == ["> #1 POST http://h/v", "> {", #">   "model": "m","#, #">   "prompt": "p","#,
                                              #">   "duration": 10,"#, #">   "image_urls": ["#, #">     "u""#, ">   ]", "> }"])
        #expect(event.lines(pretty: false) == ["> #1 POST http://h/v", "> " + body])
    }

    @Test(arguments: [
        (#"{"a":"\u00e9\ud83d\ude00\n\"\\\/"}"#, "é😀\n\"\\/"),
        (#"  [1, -2.5e3, true, false, null]  "#, nil),
    ])
    func validDocumentsParse(_ text: String, _ expected: String?) throws {
        let value = try #require(JSONValue.parse(Array(text.utf8)))
        if let expected { #expect(value["a"]?.stringValue == expected) }
        let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        #expect(foundation is NSArray || foundation is NSDictionary)
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\":1,}", "01", "1.", "-", ".5", "1e", "tru", "nul", "\"a", "\"\\x\"", "{\"a\" 1}",
        "[1] 2", "\"\u{01}\"", "\"\\ud83d\"", "{1:2}", "NaN", "1e400",
    ])
    func malformedDocumentsAreRefused(_ text: String) {
        #expect(JSONValue.parse(Array(text.utf8)) == nil, "\(text)")
    }

    @Test func invalidUTF8AndDeepNestingAreRefusedWithoutCrashing() {
        #expect(JSONValue.parse([0x22, 0xFF, 0x22]) == nil)
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(JSONValue.parse(Array(deep.utf8)) == nil)
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(JSONValue.parse(Array(fine.utf8)) != nil)
    }

    /// A repeated key keeps its first place and its last value, as the decoder it replaced did.
    @Test func aRepeatedKeyKeepsItsLastValue() throws {
        let value = try #require(JSONValue.parse(Array(#"{"a":1,"b":2,"a":3}"#.utf8)))
        #expect(value.compactText == #"{"a":3,"b":2}"#)
    }
}
