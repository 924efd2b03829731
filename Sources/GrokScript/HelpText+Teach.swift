extension HelpText {
    /// `help teach`: the kit for a class, in the order a 30-minute class uses it (README,
    /// "Teaching with grok").
    public static let teach = """
        Teaching with grok: everything here runs on a sandbox (no key, nothing billed).
          grok sandbox --port 8080   a server for the room; prints the export lines students paste
          grok tutorial              nine checked steps through the API, for a newcomer
          show draft / show request / show curl
                                     what will be sent: the draft, the exact JSON body, a curl line
          set step on   (--step)     stop before every request (polls, retries too): Enter sends it,
                                     s Enter stops pausing, q Enter stops as Ctrl-C (nothing sent)
          set trace on  (--trace)    every exchange as it happens, numbered #1, #2, ...; the key hidden
          show response              the last answer whole: status line, headers, body
          show exchange N            exchange #N, request and answer, from the last 300
          --json --trace             each exchange as one JSON event (method, url, status, headers, body, ms)
          a marker in the prompt     [429] [500] [busy] [drop] [html] [lost] [fail] [slow]:
                                     the sandbox fails on demand, as the real service would (help sandbox)
          record class.md            a Markdown handout: each entry, what it printed, each exchange
                                     as curl and its answer (record off stops)
          set har class.har (--har)  every exchange as a HAR file for a browser's Network panel
          report page.html           a page of this session's tasks and their videos, to project

        A class of 30 minutes, step by step: README, "Teaching with grok"; examples/teach.grok.

        """
}
