/// The page's style, inline: light or dark as the reader's system is, its type growing with
/// the screen (a projector), cards of one width in em that wrap, one column on a phone.
/// The cards of one prompt sit side by side; prompts with few cards share a row.
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light dark; --bg: #f5f6f8; --fg: #15171a; --card: #fff; --muted: #545b64; --line: #d5d9df;
          --ok: #137333; --bad: #b3261e; --run: #8a5a00; --maybe: #6a4bb8; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #131518; --fg: #f1f2f4; --card: #1e2125; --muted: #b1b7bf; --line: #3a4047;
            --ok: #7fd69c; --bad: #ff8b82; --run: #ffd27a; --maybe: #c9b6ff; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg);
          font: clamp(15px, 0.85rem + 0.45vw, 24px)/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
        .top, main { max-width: 130rem; margin: 0 auto; padding: 1rem clamp(0.75rem, 3vw, 2.5rem); }
        h1 { font-size: 1.6em; margin: 0.2em 0; }
        .meta { color: var(--muted); margin: 0; overflow-wrap: anywhere; }
        .counts { display: flex; flex-wrap: wrap; gap: 0.4rem 1.6rem; list-style: none; padding: 0; margin: 0.8rem 0 0; }
        .counts strong { font-size: 1.4em; }
        .counts .succeeded strong { color: var(--ok); }
        .counts .failed strong { color: var(--bad); }
        .counts .running strong { color: var(--run); }
        .counts .unconfirmed strong { color: var(--maybe); }
        main { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 1.5em 1.2em; }
        .group { flex: 0 1 auto; max-width: 100%; min-width: 0; }
        /* A group is as wide as its cards: its long prompt wraps rather than widening it. */
        .group > h2, .group > .count { contain: inline-size; }
        .group > h2 { font-size: 1.15em; font-weight: 600; margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        .group > .count { color: var(--muted); margin: 0.1rem 0 0.6rem; }
        .cards { display: flex; flex-wrap: wrap; gap: 1em; }
        .card { background: var(--card); border: 1px solid var(--line); border-left: 0.4rem solid var(--line);
          border-radius: 0.5rem; padding: 0.8rem; width: 19em; max-width: 100%; overflow-wrap: anywhere; }
        .card.succeeded { border-left-color: var(--ok); }
        .card.failed { border-left-color: var(--bad); }
        .card.running { border-left-color: var(--run); }
        .card.unconfirmed { border-left-color: var(--maybe); }
        .head { display: flex; justify-content: space-between; align-items: baseline; gap: 0.6rem; }
        .head h3 { margin: 0; font-size: 1.05em; min-width: 0; }
        .badge { font-size: 0.8em; font-weight: 600; padding: 0.05em 0.55em; border: 1px solid currentColor; border-radius: 1em;
          white-space: nowrap; }
        .succeeded .badge { color: var(--ok); }
        .failed .badge { color: var(--bad); }
        .running .badge { color: var(--run); }
        .unconfirmed .badge { color: var(--maybe); }
        .reason { color: var(--bad); margin: 0.4rem 0; }
        video { display: block; width: 100%; aspect-ratio: 16 / 9; background: #000; border-radius: 0.3rem; margin: 0.6rem 0 0.3rem; }
        .note { font-size: 0.85em; color: var(--muted); margin: 0.2rem 0; }
        .prompt { white-space: pre-wrap; margin: 0.5rem 0; }
        dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.8rem; margin: 0.5rem 0 0; font-size: 0.88em; }
        dt { color: var(--muted); }
        dd { margin: 0; min-width: 0; }
        figure { display: flex; align-items: center; gap: 0.6rem; margin: 0.6rem 0 0; font-size: 0.8em; color: var(--muted); }
        figure img { width: 4.5rem; height: 4.5rem; flex: none; object-fit: cover; border: 1px solid var(--line); border-radius: 0.3rem; }
        a { color: inherit; }
        .empty { color: var(--muted); font-size: 1.2em; }
        """
}
