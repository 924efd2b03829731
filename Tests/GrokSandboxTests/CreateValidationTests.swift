import Testing
@testable import GrokSandbox

@Suite struct CreateValidationTests {
    static func body(_ fields: String) -> [UInt8] {
        Array("{\(fields)}".utf8)
    }

    static let image = #""image_urls":["https://example.com/a.png"]"#
    static let base = #""model":"grok-imagine-video-1.5","prompt":"a cat","# + image

    @Test func defaultsApply() throws {
        let request = try CreateRequest(validating: Self.body(Self.base))
        #expect(request == CreateRequest(
            model: "grok-imagine-video-1.5", prompt: "a cat", imageURL: "https://example.com/a.png", duration: 10, ratio: "16:9"
        ))
    }

    @Test(arguments: ["grok-1.5", "grok_1_5", "GROK-1.5", "Grok_1_5", "GROK-IMAGINE-VIDEO-1.5"])
    func aliasesNormalize(model: String) throws {
        let request = try CreateRequest(validating: Self.body(#""model":"\#(model)","prompt":"a cat","# + Self.image))
        #expect(request.model == "grok-imagine-video-1.5")
    }

    @Test(arguments: [
        (#","duration":15"#, 15, "16:9"),
        (#","duration":10,"ratio":"9:16""#, 10, "9:16"),
        (#","ratio":"1:1""#, 10, "1:1"),
        (#","ratio":"3:2""#, 10, "3:2"),
        (#","ratio":"2:3""#, 10, "2:3"),
        (#","ratio":"","orientation":"portrait""#, 10, "9:16"),
        (#","orientation":"landscape""#, 10, "16:9"),
        (#","ratio":"1:1","orientation":"portrait""#, 10, "1:1"),
        (#","duration":null,"extra":{"ignored":true}"#, 10, "16:9"),
    ])
    func acceptedOptions(extra: String, duration: Int, ratio: String) throws {
        let request = try CreateRequest(validating: Self.body(Self.base + extra))
        #expect(request.duration == duration)
        #expect(request.ratio == ratio)
    }

    @Test func imagesIsUsedWhenImageURLsIsEmpty() throws {
        let request = try CreateRequest(validating: Self.body(
            #""model":"grok-1.5","prompt":"p","image_urls":[],"images":["https://example.com/b.png"]"#
        ))
        #expect(request.imageURL == "https://example.com/b.png")
    }

    @Test(arguments: [
        ("not json", "request body must be a JSON object"),
        (#"["model"]"#, "request body must be a JSON object"),
        (#"{"prompt":"p","image_urls":["u"]}"#, "model is required; allowed: grok-imagine-video-1.5 (aliases grok-1.5, grok_1_5)"),
        (#"{"model":"grok-2","prompt":"p","image_urls":["u"]}"#, "model 'grok-2' is not supported; allowed: grok-imagine-video-1.5 (aliases grok-1.5, grok_1_5)"),
        (#"{"model":"grok.1.5","prompt":"p","image_urls":["u"]}"#, "model 'grok.1.5' is not supported; allowed: grok-imagine-video-1.5 (aliases grok-1.5, grok_1_5)"),
        (#"{"model":"grok-1.5","image_urls":["u"]}"#, "prompt is required and must be a string"),
        (#"{"model":"grok-1.5","prompt":"  \n ","image_urls":["u"]}"#, "prompt must not be empty"),
        (#"{"model":"grok-1.5","prompt":"p"}"#, "image_urls must hold exactly 1 image URL (got 0)"),
        (#"{"model":"grok-1.5","prompt":"p","image_urls":["a","b"]}"#, "image_urls must hold exactly 1 image URL (got 2)"),
        (#"{"model":"grok-1.5","prompt":"p","image_urls":[],"images":["a","b"]}"#, "images must hold exactly 1 image URL (got 2)"),
        (#"{"model":"grok-1.5","prompt":"p","image_urls":[""]}"#, "image_urls[0] must be a non-empty URL string"),
        (#"{"model":"grok-1.5","prompt":"p","image_urls":["u"],"duration":12}"#, "duration must be one of 10, 15 (seconds, an integer)"),
        (#"{"model":"grok-1.5","prompt":"p","image_urls":["u"],"duration":"10"}"#, "duration must be one of 10, 15 (seconds, an integer)"),
        (#"{"model":"grok-1.5","prompt":"p","image_urls":["u"],"duration":10.5}"#, "duration must be one of 10, 15 (seconds, an integer)"),
        (#"{"model":"grok-1.5","prompt":"p","image_urls":["u"],"ratio":"4:3"}"#, "ratio must be one of 16:9, 9:16, 1:1, 3:2, 2:3"),
        (#"{"model":"grok-1.5","prompt":"p","image_urls":["u"],"orientation":"square"}"#, "orientation must be one of landscape, portrait"),
    ])
    func rejected(body: String, message: String) {
        #expect(throws: BadRequest(message: message)) {
            try CreateRequest(validating: Array(body.utf8))
        }
    }
}
