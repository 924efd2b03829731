import Foundation
import Testing
@testable import GrokCore

@Suite struct ResponseDecodingTests {
    let base = URL(string: "https://api.example.test")!

    func payload(_ text: String, status: Int = 200) throws -> JSONValue {
        try ResponseDecoding.payload(status: status, body: Array(text.utf8), redactor: .none)
    }

    func error(_ text: String, status: Int = 200, retryAfter: Duration? = nil) -> GrokError? {
        do {
            _ = try ResponseDecoding.payload(status: status, body: Array(text.utf8), retryAfter: retryAfter, redactor: .none)
            return nil
        } catch {
            return error
        }
    }

    @Test func codeAsString() throws {
        let data = try payload(#"{"code":"20000","msg":"ok","data":{"task_id":"t1","status":"queued"}}"#)
        #expect(try ResponseDecoding.createdTask(from: data).taskID == "t1")
    }

    @Test func codeAsNumber() throws {
        let data = try payload(#"{"code":20000,"msg":"ok","data":{"task_id":"t1","status":"queued"}}"#)
        #expect(try ResponseDecoding.createdTask(from: data).taskID == "t1")
    }

    @Test func wrappedQuery() throws {
        let data = try payload(#"{"code":"20000","data":{"task_id":"t1","status":"processing","progress":45}}"#)
        let task = try ResponseDecoding.task(from: data, baseURL: base)
        #expect(task.status.kind == .processing)
        #expect(task.progress == 45)
    }

    @Test func flatQuery() throws {
        let data = try payload(#"{"task_id":"t1","status":"completed","progress":100,"result":{"video_url":"https://cdn.test/v.mp4"}}"#)
        let task = try ResponseDecoding.task(from: data, baseURL: base)
        #expect(task.status.kind == .completed)
        #expect(task.videoURL?.absoluteString == "https://cdn.test/v.mp4")
    }

    @Test func flatQueryWithSuccessCodeAndNoData() throws {
        let data = try payload(#"{"code":20000,"task_id":"t9","status":"queued"}"#)
        #expect(try ResponseDecoding.task(from: data, baseURL: base).taskID == "t9")
    }

    @Test(arguments: [
        ("queued", TaskStatus.Kind.queued), ("processing", .processing), ("completed", .completed),
        ("success", .completed), ("SUCCESS", .completed), ("failed", .failed), ("canceled", .canceled),
        ("cancelled", .canceled), ("Cancelled", .canceled), ("rendering", .unknown),
    ])
    func statuses(raw: String, kind: TaskStatus.Kind) throws {
        let data = try payload(#"{"code":"20000","data":{"task_id":"t1","status":"\#(raw)"}}"#)
        let status = try ResponseDecoding.task(from: data, baseURL: base).status
        #expect(status.kind == kind)
    }

    @Test func unknownStatusIsRunningAndShownAsSent() {
        let status = TaskStatus("Rendering")
        #expect(!status.isTerminal)
        #expect(status.description == "Rendering")
    }

    @Test(arguments: [("45", 45.0), ("45.5", 45.5), (#""45%""#, 45.0), (#""45""#, 45.0), (#"" 7 % ""#, nil)] as [(String, Double?)])
    func progressVariants(json: String, expected: Double?) throws {
        let data = try payload(#"{"code":"20000","data":{"task_id":"t1","status":"processing","progress":\#(json)}}"#)
        #expect(try ResponseDecoding.task(from: data, baseURL: base).progress == expected)
    }

    @Test func progressMissingWhileQueued() throws {
        let data = try payload(#"{"code":"20000","data":{"task_id":"t1","status":"queued"}}"#)
        #expect(try ResponseDecoding.task(from: data, baseURL: base).progress == nil)
    }

    @Test func relativeVideoURLIsResolvedAgainstBase() throws {
        let data = try payload(#"{"code":"20000","data":{"task_id":"t1","status":"completed","result":{"video_url":"/files/videos/t1.mp4"}}}"#)
        let url = try ResponseDecoding.task(from: data, baseURL: URL(string: "http://127.0.0.1:8080")!).videoURL
        #expect(url?.absoluteString == "http://127.0.0.1:8080/files/videos/t1.mp4")
    }

    @Test func unknownFieldsAreIgnored() throws {
        let data = try payload(#"{"code":"20000","trace":"x","data":{"task_id":"t1","status":"queued","extra":{"a":[1,2]}}}"#)
        #expect(try ResponseDecoding.createdTask(from: data).status.kind == .queued)
    }

    @Test func taskIDAsNumber() throws {
        let data = try payload(#"{"code":"20000","data":{"task_id":12345,"status":"queued"}}"#)
        #expect(try ResponseDecoding.createdTask(from: data).taskID == "12345")
    }

    @Test func timestampsAndErrorMessage() throws {
        let data = try payload(#"{"code":"20000","data":{"task_id":"t","status":"failed","created_at":1732400000,"completed_at":"1732400060","error_message":"PROVIDER_MODERATION_ERROR: TRADEMARK"}}"#)
        let task = try ResponseDecoding.task(from: data, baseURL: base)
        #expect(task.createdAt == Date(timeIntervalSince1970: 1_732_400_000))
        #expect(task.completedAt == Date(timeIntervalSince1970: 1_732_400_060))
        #expect(task.errorMessage == "PROVIDER_MODERATION_ERROR: TRADEMARK")
    }

    @Test func authFailureCodeWithHTTP200() {
        #expect(error(#"{"code":"20001","msg":"invalid key"}"#) == .authentication(message: "invalid key"))
    }

    @Test func authFailureCodeWithHTTP401() {
        #expect(error(#"{"code":20001,"msg":"expired"}"#, status: 401)?.exitStatus == .authentication)
    }

    @Test func badRequestCode() {
        #expect(error(#"{"code":"20002","msg":"invalid duration"}"#, status: 400) == .api(code: 20002, message: "invalid duration", httpStatus: 400))
    }

    @Test func serverBusyCodeIsTransient() {
        let failure = error(#"{"code":-1,"msg":"busy"}"#)
        #expect(failure == .api(code: -1, message: "busy", httpStatus: 200))
        #expect(failure?.isTransient == true)
    }

    @Test func rateLimitedCarriesRetryAfter() {
        #expect(error("slow down", status: 429, retryAfter: .seconds(3)) == .rateLimited(retryAfter: .seconds(3)))
    }

    @Test func http500WithoutEnvelope() {
        let failure = error("<html>oops</html>", status: 500)
        #expect(failure == .http(status: 500, excerpt: "'<html>oops</html>'"))
        #expect(failure?.isTransient == true)
    }

    @Test func http500WithMessage() {
        #expect(error(#"{"message":"internal"}"#, status: 503) == .http(status: 503, excerpt: "internal"))
    }

    @Test func notJSONQuotesFirstBytes() {
        let failure = error("<html><body>502 Bad Gateway</body></html>")
        #expect(failure == .notJSON(httpStatus: 200, excerpt: "'<html><body>502 Bad Gateway</body></html>'"))
        #expect(failure?.description.contains("502 Bad Gateway") == true)
    }

    @Test func notJSONLongBodyIsCut() {
        guard case .notJSON(_, let excerpt) = error(String(repeating: "x", count: 500)) else {
            Issue.record("expected notJSON")
            return
        }
        #expect(excerpt.count == ResponseDecoding.excerptLength + 3)
        #expect(excerpt.hasSuffix("…'"))
    }

    @Test func emptyBody() {
        #expect(error("") == .notJSON(httpStatus: 200, excerpt: "(empty body)"))
    }

    @Test func jsonThatIsNotAnObject() {
        #expect(error("[1,2]") == .notJSON(httpStatus: 200, excerpt: "'[1,2]'"))
    }

    /// Bytes that are not text are never quoted raw: only control bytes are counted, and a
    /// byte that is not UTF-8 shows as U+FFFD.
    @Test func binaryBody() {
        #expect(binaryError([0, 1, 2, 3]) == .notJSON(httpStatus: 200, excerpt: "(4 bytes of binary data)"))
        #expect(binaryError([0, 1, 2, 0xFF]) == .notJSON(httpStatus: 200, excerpt: "'\u{FFFD}'"))
        #expect(binaryError([0x1B, 0x5B, 0x32, 0x4A], status: 502) == .http(status: 502, excerpt: "'[2J'"), "no escape sequence reaches the excerpt")
    }

    private func binaryError(_ body: [UInt8], status: Int = 200) -> GrokError? {
        do {
            _ = try ResponseDecoding.payload(status: status, body: body, redactor: .none)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingTaskID() {
        #expect(throws: GrokError.self) { try ResponseDecoding.createdTask(from: .object(["status": "queued"])) }
    }

    @Test func uploadAnswer() throws {
        let data = try payload(#"{"code":"20000","data":{"url":"https://cdn.test/u/cat.png?sig=1","filename":"cat.png","size":"1234","mime_type":"image/png"}}"#)
        let file = try ResponseDecoding.uploadedFile(from: data, baseURL: base)
        #expect(file.url.absoluteString == "https://cdn.test/u/cat.png?sig=1")
        #expect(file.size == 1234)
        #expect(file.mimeType == "image/png")
    }

    @Test func balances() throws {
        let user = try ResponseDecoding.userBalance(from: try payload(#"{"code":"20000","data":{"balance":"100.5","used_coin":0.5,"available":100}}"#))
        #expect(user == UserBalance(balance: 100.5, usedCoin: 0.5, available: 100))
        let key = try ResponseDecoding.keyBalance(from: try payload(#"{"code":20000,"data":{"name":"k","total_quota":0,"used_quota":3,"available_quota":0,"unlimited":true}}"#))
        #expect(key.unlimited)
        #expect(key.usedQuota == 3)
    }
}
