extension HelpText {
    /// `help sandbox`: the prompt markers and `--fault` options of the sandbox, each with what
    /// grok does when it meets it. The sandbox is another module (grok's scripts never import
    /// it); `SandboxHelpTests` checks this text names every marker and option it has.
    public static let sandbox = """
        The sandbox: a stand-in for the API on this machine; any non-empty key works, nothing is billed.
          grok --sandbox             a sandbox for this grok only (its port goes when grok exits)
          grok sandbox --port 8080   a lasting one, for curl and other groks too; it prints the
                                     export lines to paste: JIMMYAI_BASE_URL and JIMMYAI_API_KEY

        Prompt markers: write one or more anywhere in a prompt to meet a fault on that task.
          [fail]  the task ends failed (PROVIDER_MODERATION_ERROR: TRADEMARK): wait says so, exit 5
          [slow]  the task takes five times as long
          [429]   each create is answered 429 Too Many Requests with Retry-After: 2, once: grok waits
                  the 2 s and sends it again, and the task is made (a 429 says nothing was created,
                  so it is the one create grok resends)
          [500]   the task's first query is answered HTTP 500 (code -1): grok asks again, the wait goes on
          [busy]  the task's first query is answered HTTP 200 with code -1 (busy): grok asks again
          [drop]  the first download of the video breaks off halfway: grok resumes it from the byte
                  it stopped at (a Range request) and saves the whole video
          [html]  the video URL answers a sign-in page (HTML), every time: grok refuses it,
                  error, exit 1, no file written
          [lost]  the create is made but its answer breaks off: grok does not resend it (that could
                  pay twice) and stops: the create request may have reached the server, exit 1

        Faults as options of grok sandbox and grok-sandbox (repeatable):
          --fault ENDPOINT:FAULT:once|always   e.g. --fault create:429:once --fault query:500:always
            ENDPOINT  create, query, download, upload, balance, key-balance
            FAULT     429 (Retry-After: 2), 500, 502, 503, busy (HTTP 200, code -1),
                      drop (the answer breaks off halfway), html (a sign-in page)
            once: the first request to ENDPOINT; always: every one
          What grok does: on a query, download, upload or balance, 429, 5xx, busy and drop are
          retried (set retries N, 4 by default; a download resumes): once, grok goes on; always,
          it stops with the error, exit 1. On a create only 429 is resent; 5xx, busy and drop
          stop grok: the create request may have reached the server, exit 1. html is never
          retried: error, exit 1.
          --no-sandbox-header   answer as the real API does (no X-Grok-Sandbox header): grok then
                                polls every 5 s and more, as it would the real service

        Other options (grok sandbox --help): --host, --port, --task-seconds (4 by default),
        --task-queries, --video-size, --api-key-file (then only that key works), --code-as-number,
        --flat-query, --success-status, --string-progress, --float-progress, --relative-video-url,
        --errors-as-http-200 (the answer shapes seen from the real service; grok reads them all),
        --quiet, --log-times.

        """
}
