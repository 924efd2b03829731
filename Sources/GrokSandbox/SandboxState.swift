import Foundation

/// Everything a running sandbox remembers: tasks, uploads, the fault plan, the request log, the balance.
actor SandboxState {
    static let startingBalance = 100.0

    let configuration: SandboxConfiguration
    private(set) var variant: ResponseVariant
    private(set) var videoBaseURL: URL?
    /// `host:port` this server listens on; answers use it for requests that carry no Host header.
    private(set) var listeningAuthority: String
    private(set) var requestLog: [LoggedRequest] = []
    private(set) var usedCoin = 0.0
    private var tasks: [SandboxTask] = []
    /// Queries answered per task id, for tasks paced by queries.
    private var queryCounts: [String: Int] = [:]
    private var uploads: [UploadedFile] = []
    private var faults: [SandboxEndpoint: [SandboxFault]] = [:]
    /// Faults applied to every request of their endpoint once the queue above is empty.
    private var standingFaults: [SandboxEndpoint: SandboxFault] = [:]
    /// Bodies of creates with `[429]` answered 429: the same body sent again is taken.
    var rateLimitedCreates: Set<[UInt8]> = []
    /// Once-only markers already applied, as task id and marker.
    var usedMarkers: Set<String> = []
    private let clock = ContinuousClock()

    init(configuration: SandboxConfiguration) {
        self.configuration = configuration
        self.variant = configuration.variant
        self.videoBaseURL = configuration.videoBaseURL
        self.listeningAuthority = SandboxServer.authority(host: configuration.host, port: configuration.port)
        for rule in configuration.faults {
            switch rule.repetition {
            case .once: faults[rule.endpoint, default: []].append(rule.fault)
            case .always: standingFaults[rule.endpoint] = standingFaults[rule.endpoint] ?? rule.fault
            }
        }
    }

    func setListeningAuthority(_ authority: String) {
        listeningAuthority = authority
    }

    func setVariant(_ variant: ResponseVariant) {
        self.variant = variant
    }

    func setVideoBaseURL(_ url: URL?) {
        videoBaseURL = url
    }

    // MARK: Faults and log

    func inject(_ faults: [SandboxFault], on endpoint: SandboxEndpoint) {
        self.faults[endpoint, default: []].append(contentsOf: faults)
    }

    /// Answers held back by `SandboxFault.held`, until released.
    private var held: [CheckedContinuation<Void, Never>] = []

    var heldCount: Int { held.count }

    func hold() async {
        await withCheckedContinuation { held.append($0) }
    }

    func releaseHeld() {
        for answer in held { answer.resume() }
        held = []
    }

    func nextFault(for endpoint: SandboxEndpoint) -> SandboxFault? {
        guard var queue = faults[endpoint], !queue.isEmpty else { return standingFaults[endpoint] }
        let fault = queue.removeFirst()
        faults[endpoint] = queue
        return fault
    }

    func record(_ request: LoggedRequest) {
        requestLog.append(request)
    }

    func clearLog() {
        requestLog.removeAll()
    }

    // MARK: Tasks

    /// Ids are `sbx-task-000001`, `sbx-task-000002`, … (the configuration's prefix) in
    /// creation order, per server instance.
    /// `idSuffix`: added to the id (a fault's control characters).
    func createTask(_ request: CreateRequest, idSuffix: String = "") -> SandboxTask {
        let id = configuration.taskIDPrefix + String(format: "%06d", tasks.count + 1) + idSuffix
        let task = SandboxTask(
            id: id,
            request: request,
            pace: configuration.taskPace,
            createdAt: Date(),
            startedAt: clock.now
        )
        tasks.append(task)
        usedCoin += request.duration == 15 ? 1.5 : 1.0
        return task
    }

    func task(id: String) -> SandboxTask? {
        tasks.first { $0.id == id }
    }

    /// The task and where it stands now; looking does not move a task paced by queries.
    func taskPhase(id: String) -> (task: SandboxTask, phase: SandboxTaskPhase)? {
        guard let task = task(id: id) else { return nil }
        return (task, task.phase(at: clock.now, queries: queryCounts[id, default: 0]))
    }

    /// Counts one query of the task, then answers where it stands.
    func query(id: String) -> (task: SandboxTask, phase: SandboxTaskPhase)? {
        guard task(id: id) != nil else { return nil }
        queryCounts[id, default: 0] += 1
        return taskPhase(id: id)
    }

    func taskSnapshots() -> [SandboxTaskSnapshot] {
        let now = clock.now
        return tasks.map { $0.snapshot(at: now, queries: queryCounts[$0.id, default: 0]) }
    }

    // MARK: Uploads

    func storeUpload(filename: String, mimeType: String, bytes: [UInt8]) -> UploadedFile {
        let file = UploadedFile(number: uploads.count + 1, filename: filename, mimeType: mimeType, bytes: bytes)
        uploads.append(file)
        return file
    }

    func upload(number: Int) -> UploadedFile? {
        uploads.indices.contains(number - 1) ? uploads[number - 1] : nil
    }
}

struct UploadedFile: Sendable {
    let number: Int
    let filename: String
    let mimeType: String
    let bytes: [UInt8]

    var path: String {
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? "file"
        return "/files/uploads/\(number)/\(encoded)"
    }
}
