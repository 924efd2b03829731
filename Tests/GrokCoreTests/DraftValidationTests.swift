import Testing
@testable import GrokCore

@Suite struct DraftValidationTests {
    let complete = Draft(prompt: "a cat surfing", image: .url("https://example.com/cat.png"))

    func problems(_ draft: Draft) -> [ValidationProblem] {
        do {
            _ = try draft.validated()
            return []
        } catch {
            guard case .invalidDraft(let problems) = error else { return [] }
            return problems
        }
    }

    @Test func completeDraftIsValid() throws {
        let valid = try complete.validated()
        #expect(valid.model == "grok-imagine-video-1.5")
        #expect(valid.duration == 10)
    }

    @Test(arguments: ["grok-imagine-video-1.5", "grok-1.5", "grok_1_5", "GROK-1.5", "Grok_1_5"])
    func modelAliasesNormalize(name: String) throws {
        var draft = complete
        draft.model = name
        #expect(try draft.validated().model == "grok-imagine-video-1.5")
    }

    @Test func unknownModelSuggests() {
        var draft = complete
        draft.model = "grok-1.6"
        let found = problems(draft)
        #expect(found == [.unknownModel("grok-1.6", suggestion: "grok-1.5")])
        #expect(found.first?.hint == "did you mean 'grok-1.5'? expected one of grok-imagine-video-1.5, grok-1.5, grok_1_5")
    }

    @Test(arguments: [nil, "", "   ", "\n\t"] as [String?])
    func emptyPromptIsRejected(prompt: String?) {
        var draft = complete
        draft.prompt = prompt
        #expect(problems(draft) == [.missingPrompt])
        #expect(ValidationProblem.missingPrompt.message == "the prompt is empty")
    }

    @Test func promptIsSentAsWritten() throws {
        var draft = complete
        draft.prompt = "  two  spaces  "
        #expect(try draft.validated().prompt == "  two  spaces  ")
    }

    @Test func missingImage() {
        var draft = complete
        draft.image = nil
        #expect(problems(draft) == [.missingImage])
    }

    @Test func imageMustBeHTTP() {
        var draft = complete
        draft.image = .url("ftp://example.com/cat.png")
        #expect(problems(draft) == [.unsupportedImageURL("ftp://example.com/cat.png")])
    }

    @Test func localImageIsAcceptedForUpload() throws {
        var draft = complete
        draft.image = ImageReference(parsing: "cat.png")
        #expect(try draft.validated().image == .file(path: "cat.png"))
    }

    @Test(arguments: ["10", "15", "10s", "15s"])
    func durationsAccepted(text: String) throws {
        var draft = complete
        draft.duration = text
        #expect([10, 15].contains(try draft.validated().duration))
    }

    @Test(arguments: ["5", "12", "20s", "ten", "", "10.0"])
    func durationsRejected(text: String) {
        var draft = complete
        draft.duration = text
        #expect(problems(draft) == [.unsupportedDuration(text)])
        #expect(ValidationProblem.unsupportedDuration(text).hint == "expected one of 10, 15")
    }

    @Test(arguments: VideoOptions.ratios)
    func ratiosAccepted(ratio: String) throws {
        var draft = complete
        draft.ratio = ratio
        #expect(try draft.validated().ratio == ratio)
    }

    @Test func ratioRejectedWithAllowedValues() {
        var draft = complete
        draft.ratio = "4:3"
        #expect(problems(draft) == [.unsupportedRatio("4:3")])
        #expect(ValidationProblem.unsupportedRatio("4:3").message == "unsupported ratio '4:3'")
        #expect(ValidationProblem.unsupportedRatio("4:3").hint == "expected one of 16:9, 9:16, 1:1, 3:2, 2:3")
    }

    @Test(arguments: ["landscape", "portrait"])
    func orientationWithoutRatio(orientation: String) throws {
        var draft = complete
        draft.orientation = orientation
        #expect(try draft.validated().orientation == orientation)
    }

    @Test func orientationRejected() {
        var draft = complete
        draft.orientation = "sideways"
        #expect(problems(draft) == [.unsupportedOrientation("sideways")])
    }

    @Test func aRatioTakesPrecedenceOverAnOrientationAsInTheAPI() throws {
        var draft = complete
        draft.ratio = "1:1"
        draft.orientation = "portrait"
        let valid = try draft.validated()
        #expect(valid.ratio == "1:1")
        #expect(valid.orientation == nil)
        #expect(!valid.request(imageURL: "https://e.com/i.png").json.compactText.contains("orientation"))
    }

    @Test func allProblemsAreReportedAtOnce() {
        let draft = Draft(model: "nope", prompt: " ", image: nil, duration: "7", ratio: "4:3", orientation: "up")
        #expect(problems(draft).map(\.field) == [.model, .prompt, .image, .duration, .ratio, .orientation])
    }

    @Test func requestBodyIsExactAndOrdered() throws {
        var draft = complete
        draft.ratio = "9:16"
        draft.duration = "15s"
        let body = try draft.validated().request(imageURL: "https://example.com/cat.png").json.compactText
        #expect(body == #"{"model":"grok-imagine-video-1.5","prompt":"a cat surfing","duration":15,"ratio":"9:16","image_urls":["https://example.com/cat.png"]}"#)
    }

    @Test func validationErrorIsAUsageError() {
        #expect(GrokError.invalidDraft([.missingPrompt]).exitStatus == .usage)
    }
}
