"""The guarantees of README's *Guarantees*, each broken on purpose (read by scripts/mutants).

Each mutation makes one or more edits to `file`, each replacing one exact piece of text
(found exactly once) with another, and names the tests that should notice first (`tests`, a `swift test --filter`
pattern); the whole suite runs when those do not. When the code moves, move the mutation
with it: one that no longer applies is an error, never skipped.
"""

MUTATIONS = [
    {
        "name": "journal-after-create",
        "guarantee": "No task id is lost: the journal is written before the create is sent",
        "file": "Sources/GrokCore/Service/JournaledVideoService.swift",
        "edits": [("""        let attempt = try await journal.recordCreateAttempt(name: name, request: request, provenance: provenance, origin: origin)
        let task: CreatedTask
        do {
            task = try await client.create(request)
        } catch {
""", """        let task: CreatedTask
        let attempt: String
        do {
            task = try await client.create(request)
            attempt = try await journal.recordCreateAttempt(name: name, request: request, provenance: provenance, origin: origin)
        } catch {
            let attempt = (try? await journal.recordCreateAttempt(name: name, request: request, provenance: provenance, origin: origin)) ?? ""
""")],
        "tests": "JournalAroundTheCreate|theAttemptIsOnDisk|JournaledVideoService|SignalDuringCreate|CreatedButNotRecorded",
    },
    {
        "name": "retry-unsure-create",
        "guarantee": "Money: a create that may have reached the server is never sent again",
        "file": "Sources/GrokCore/Client/GrokClient+Perform.swift",
        "edits": [("""            mayRetry = false
            finalError = Self.createWasRejected(error) ? error : .createOutcomeUnknown(cause: error)""", """            mayRetry = error.isTransient
            finalError = Self.createWasRejected(error) ? error : .createOutcomeUnknown(cause: error)""")],
        "tests": "FaultTests|PolicyTests|FaultMatrix",
    },
    {
        "name": "no-ftyp-check",
        "guarantee": "\"downloaded\" means the video: it starts with an MP4 ftyp box",
        "file": "Sources/GrokCore/Download/VideoSniffer.swift",
        "edits": [("        return hasFileTypeBox(head) ? .video : .unknown", "        return .video")],
        "tests": "DownloadTrust|ResumedPart|Golden",
    },
    {
        "name": "resume-foreign-part",
        "guarantee": "\"downloaded\" means the video: a .part is resumed only when its record matches",
        "file": "Sources/GrokCore/Download/PartialFile+Checks.swift",
        "edits": [("        guard let record, record.belongs(to: url, taskID: taskID) else { return false }", "        guard let record else { return false }")],
        "tests": "ResumedPart|DownloadTrust",
    },
    {
        "name": "trace-headers-unredacted",
        "guarantee": "The key never shows: trace headers are redacted",
        "file": "Sources/GrokCore/HTTP/HTTPTransport+Tracing.swift",
        "edits": [("""        let headers = clientRequest.headers.map { TraceEvent.Header(name: $0.name, value: redactor.redact($0.value)) }""",
                   """        let headers = clientRequest.headers.map { TraceEvent.Header(name: $0.name, value: $0.value) }""")],
        "tests": "KeyLeak|Security|Trace|Redaction",
    },
    {
        "name": "journal-unredacted",
        "guarantee": "The key never shows: journal lines are redacted",
        "file": "Sources/GrokCore/Journal/Journal.swift",
        "edits": [("redactor.redact(JournalEntry(origin: origin, record: record).json.compactText)", "JournalEntry(origin: origin, record: record).json.compactText")],
        "tests": "KeyLeak|Redaction|Journal",
    },
    {
        "name": "redact-after-cut",
        "guarantee": "The key never shows, not even a piece of it: text is redacted before it is cut",
        "file": "Sources/GrokCore/Security/Redactor+Cut.swift",
        "edits": [
            ("        let redacted = Self.maskBearerCredentials(redactSecrets(text, openEnd: textWasCut))",
             "        let redacted = text"),
            ("        return Cut(text: redactSecrets(String(kept), openEnd: true), isShortened: true)",
             "        return Cut(text: redactSecrets(String(kept), openEnd: false), isShortened: true)"),
        ],
        "tests": "Redact|KeyLeak|HostileText",
    },
    {
        "name": "rehearsal-ignored",
        "guarantee": "Nothing is spent on a run that cannot finish: the rehearsal's verdict stops the run",
        "file": "Sources/GrokScript/Runner.swift",
        "edits": [("        return !rehearsal.failed", "        return true")],
        "tests": "Rehearsal|TaskCap|DiskAtRehearsal",
    },
    {
        "name": "max-tasks-off-by-one",
        "guarantee": "Nothing is spent on a runaway run: the cap of paid tasks is exact",
        "file": "Sources/GrokScript/Rehearsal/RehearsalEffects.swift",
        "edits": [("if let maxTasks, creates > maxTasks {", "if let maxTasks, creates > maxTasks + 1 {")],
        "tests": "TaskCap|Budget|Golden",
    },
    {
        "name": "duration-12-accepted",
        "guarantee": "A wrong request is never sent: only the durations the API takes",
        "file": "Sources/GrokCore/Draft/VideoOptions.swift",
        "edits": [("    public static let durations = [10, 15]", "    public static let durations = [10, 12, 15]")],
        "tests": "DraftValidation|Golden",
    },
    {
        "name": "ctrl-c-ignored-by-wait",
        "guarantee": "Signals leave things resumable: Ctrl-C stops a wait",
        "file": "Sources/GrokCore/Wait/Waiter.swift",
        "edits": [
            # The pause between queries no longer ends the wait when it is cancelled ...
            ("            try await clock.sleep(until: wakeUp)", "            try? await clock.sleep(until: wakeUp)"),
            # ... nor does a query cancelled on its way: the wait goes on until its deadline.
            ("""            } catch .cancelled {
                throw CancellationError()
            } catch {""", """            } catch .cancelled {
                if clock.now >= deadline { return .timedOut(last) }
                continue
            } catch {"""),
        ],
        "tests": "Signal|Cancel|Interrupt|CtrlC",
    },
    {
        "name": "no-download-lock",
        "guarantee": "One writer per file: a download holds a lock on its .part",
        "file": "Sources/GrokCore/Download/PartialFile.swift",
        "edits": [("            if flock(fd, LOCK_EX | LOCK_NB) != 0 {", "            if fd < 0, flock(fd, LOCK_EX | LOCK_NB) != 0 {")],
        "tests": "Concurrent|TwoWriter|Lock|DownloadTrust",
    },
    {
        "name": "control-characters-shown",
        "guarantee": "A server cannot drive your terminal: control characters are escaped",
        "file": "Sources/GrokCore/Text/ControlCharacters.swift",
        "edits": [("        guard unicodeScalars.contains(where: \\.isControlCharacter) else { return self }", "        guard !unicodeScalars.contains(where: \\.isControlCharacter) else { return self }")],
        "tests": "Hostile|ControlCharacter|Golden",
    },
    {
        "name": "rehearsal-blind-to-disk",
        "guarantee": "A run that would fail on the disk spends nothing: the rehearsal looks at download targets",
        "file": "Sources/GrokScript/Rehearsal/RehearsalService.swift",
        "edits": [("        if case .file = try DownloadTarget.inspect(path), !overwrite { throw .targetExists(path: path) }\n", "")],
        "tests": "DiskAtRehearsal|Golden",
    },
    {
        "name": "saved-video-unchecked",
        "guarantee": "\"downloaded\" means the video: 'already downloaded' only for the file as it was saved",
        "file": "Sources/GrokCore/Download/DownloadTarget.swift",
        "edits": [("        guard fstat(fd, &info) == 0, Int64(info.st_size) == bytes else { return false }", "        guard fstat(fd, &info) == 0 else { return false }")],
        "tests": "DownloadTarget|AlreadyDownloaded",
    },
    {
        "name": "names-across-servers",
        "guarantee": "A name means a task of the server you are talking to",
        "file": "Sources/GrokCore/Journal/Journal.swift",
        "edits": [("        let jobs = every.filter { $0.origin == origin }", "        let jobs = every")],
        "tests": "OriginBound|JournalOrigin",
    },
    {
        "name": "step-stop-sends",
        "guarantee": "Step mode: a request stopped at its pause (q, Ctrl-C) is never sent, so a create stopped there is no task",
        "file": "Sources/GrokCore/HTTP/HTTPTransport.swift",
        "edits": [("""            if let gate, await gate(event) == .stop {
                return (nil, TransportFailure(error: .cancelled, provablyNotSent: true))
            }""", """            if let gate { _ = await gate(event) }""")],
        "tests": "StepModeTests",
    },
    {
        "name": "report-prompt-unescaped",
        "guarantee": "A report is safe with any text: a prompt is text on the page, never markup (README, Reports)",
        "file": "Sources/GrokReport/HTMLTemplate.swift",
        "edits": [("""{{#prompt}}<p class="prompt">{{.}}</p>{{/prompt}}""", """{{#prompt}}<p class="prompt">{{{.}}}</p>{{/prompt}}""")],
        "tests": "HTMLEscaping|ReportEndToEnd",
    },
    {
        "name": "report-links-any-scheme",
        "guarantee": "A report is safe with any text: only an http(s) URL becomes a link or a source (README, Reports)",
        "file": "Sources/GrokReport/PageReference.swift",
        "edits": [("""        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return nil }""", """        guard let url = URL(string: text) else { return nil }""")],
        "tests": "HTMLEscaping|PageReference",
    },
]
