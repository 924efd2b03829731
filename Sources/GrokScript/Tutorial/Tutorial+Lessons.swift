import GrokCore

/// The steps of `grok tutorial`, in order: what a first class on the API covers.
extension Tutorial {
    static let lessons: [TutorialStep] = [
        TutorialStep(
            title: "compose a draft",
            lesson: """
                A video starts as a draft: the fields of one create request. Two are required: a prompt, what \
                the video shows (not empty), and a reference image: the API's image_urls holds exactly 1 URL \
                (a local file is uploaded first, and its URL sent). Type:
                    prompt "a cat surfing at dawn"
                    image https://example.com/cat.png
                """,
            explanation: { _ in "The draft is complete: a prompt and one image. show draft lists its fields at any time." },
            missing: { state in
                let draft = state.session.draft
                if draft.prompt?.isEmpty ?? true { return "The draft has no prompt yet. Type:\n    prompt \"a cat surfing at dawn\"" }
                if draft.image == nil { return "The draft has no image yet. Type:\n    image https://example.com/cat.png" }
                return nil
            }),
        TutorialStep(
            title: "length and shape",
            lesson: """
                duration is 10 or 15 seconds, nothing else (10 when unset): grok refuses 12 before sending \
                anything, where the API would answer with an error. The shape is a ratio (16:9, 9:16, 1:1, \
                3:2, 2:3; 16:9 when unset) or an orientation (landscape, portrait); when both are set, the \
                ratio wins. Type:
                    duration 15
                    ratio 9:16
                """,
            explanation: { _ in "15 seconds, portrait 9:16. (Try duration 12 later: grok says why not, and sends nothing.)" },
            missing: { state in
                let draft = state.session.draft
                if draft.duration != "15" { return "The duration is \(draft.duration) seconds. Type:\n    duration 15" }
                if draft.ratio != "9:16" { return "The ratio is \(draft.ratio ?? "16:9"). Type:\n    ratio 9:16" }
                return nil
            }),
        TutorialStep(
            title: "see the request",
            lesson: """
                Before anything is sent you can see the exact JSON body grok will POST to \
                /api/open-api/v1/grok/videos. Type:
                    show request
                """,
            explanation: { _ in
                """
                That is the body of the create call. model is grok-imagine-video-1.5: the aliases grok-1.5 and \
                grok_1_5 are turned into it before sending. image_urls holds your one image; duration is a \
                number. show curl prints the same request as a curl command you can paste into a shell.
                """
            },
            missing: { state in
                state.typed("show", "request") ? nil
                    : (state.words.first == "show" ? "That showed something else: show draft lists the draft, show request the body sent. " : "")
                    + "This step wants the request body. Type:\n    show request"
            }),
        TutorialStep(
            title: "submit",
            lesson: """
                submit sends the create call. The API answers at once with a task id; the video is made \
                afterwards. Give the task a name to refer to it by. Type:
                    submit as cat
                """,
            explanation: { state in
                "Task \(state.session.submitted.first ?? "?") exists now. grok wrote the create to its journal before sending it, so its id is never lost; jobs lists the tasks."
            },
            missing: { state in
                state.session.submitted.isEmpty ? "No task yet. Type:\n    submit as cat" : nil
            }),
        TutorialStep(
            title: "watch the status",
            lesson: """
                A task is queued, then processing (with a progress of 0 to 100), then completed or failed. \
                Ask once. Type:
                    status cat
                """,
            explanation: { state in
                """
                That was one GET /api/open-api/v1/videos/\(state.session.submitted.first ?? "TASK_ID"): a query. The provider \
                asks clients to ask every 5 to 15 seconds, not faster.
                """
            },
            missing: { state in
                state.typed("status") ? nil : "This step asks for the task's status once. Type:\n    status \(state.firstTask?.reference ?? "last")"
            }),
        TutorialStep(
            title: "wait",
            lesson: """
                wait asks for you until the task ends, with a live progress bar; it gives up after 30 minutes \
                (the task keeps running, and a later wait picks it up). Type:
                    wait cat
                """,
            explanation: { _ in
                "Completed: the last answer carries result.video_url. Such URLs expire after about 3 days, so download promptly."
            },
            missing: { state in
                state.typed("wait") && state.firstTask?.info?.status.isSuccess == true ? nil
                    : "This step waits for the task to complete. Type:\n    wait \(state.firstTask?.reference ?? "last")"
            }),
        TutorialStep(
            title: "download",
            lesson: """
                download saves the video, here as NAME.mp4 unless you say where (download cat to clip.mp4). \
                Type:
                    download cat
                """,
            explanation: { state in
                """
                Saved \(state.session.builtins[.file] ?? "the video"). grok writes to a .part file and checks it is an MP4 \
                before giving it its name; a download cut short resumes from the .part.
                """
            },
            missing: { state in
                if let file = state.session.builtins[.file], state.fileExists(file) { return nil }
                let task = state.firstTask?.reference ?? "last"
                return "No video saved yet. Type:\n    download \(task)" + (state.failed ? "\nor, to save it under another name:\n    download \(task) to clip.mp4" : "")
            }),
        TutorialStep(
            title: "a moderation failure",
            lesson: """
                Not every task succeeds. The sandbox fails a task whose prompt holds [fail], as the API fails \
                one that moderation refuses. Type:
                    prompt "a [fail] cat"
                    submit as refused
                    wait refused
                """,
            explanation: { _ in
                """
                failed: the task's error_message says why (PROVIDER_MODERATION_ERROR). A failed task has no video, \
                and a wait that ends so exits with status 5 in a script. Nothing is retried: only you can change the prompt.
                """
            },
            missing: { state in
                if state.session.known.values.contains(where: { $0.status.isTerminal && !$0.status.isSuccess }) { return nil }
                if !(state.session.draft.prompt ?? "").contains("[fail]") { return "The prompt needs [fail] in it. Type:\n    prompt \"a [fail] cat\"" }
                let submitted = state.session.submitted.count > 1
                return "No failed task yet. Type:\n" + (submitted ? "" : "    submit as refused\n") + "    wait \(submitted ? "last" : "refused")"
            }),
        TutorialStep(
            title: "a rate limit",
            lesson: """
                Too many requests, and the API answers HTTP 429 with Retry-After: nothing was done, try \
                later. grok keeps under 5 requests a second and, after a 429, waits as told and tries again, \
                even a create, since a 429 proves no task was made. The sandbox answers 429 to a prompt \
                holding [429]. Turn the trace on to see the exchange. Type:
                    set trace on
                    prompt "a [429] cat"
                    submit
                """,
            explanation: { _ in
                "The trace shows the 429 and its Retry-After, then the create sent again. set trace off hides the wire again."
            },
            missing: { state in
                if state.rateLimitedCreates > 0 { return nil }
                if !(state.session.draft.prompt ?? "").contains("[429]") { return "The prompt needs [429] in it. Type:\n    prompt \"a [429] cat\"" }
                return "No create was answered 429 yet. Type:\n    submit"
            }),
    ]
}
