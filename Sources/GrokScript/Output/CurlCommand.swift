import Foundation
import GrokCore

/// A copy-pasteable curl command equivalent to a request, with the key left to the shell
/// as `$JIMMYAI_API_KEY`.
enum CurlCommand {
    /// Said before a command aimed at `grok --sandbox`'s own sandbox.
    static let ownSandboxNote = "# this sandbox's port lives only as long as this grok; for a lasting one: grok sandbox --port 8080"

    static func create(baseURL: URL, request: CreateRequest, uploading localImage: String?) -> String {
        var text = ""
        if let localImage {
            text += "# first upload the local image; put the \"url\" it answers in image_urls below\n"
            text += upload(localImage, endpoint: Endpoint.upload.url(base: baseURL)) + "\n"
        }
        return text + post(Endpoint.create.url(base: baseURL).absoluteString, json: request.json.compactText)
    }

    /// A JSON POST to the API.
    static func post(_ url: String, json: String, authorized: Bool = true) -> String {
        "curl -sS -X POST \(quote(url)) \\\n"
            + (authorized ? "  -H \"Authorization: Bearer $JIMMYAI_API_KEY\" \\\n" : "")
            + "  -H 'Content-Type: application/json' \\\n"
            + "  -d \(quote(json))"
    }

    /// An exchange of the session, as the same call from a shell (a `record`ed handout): an
    /// upload sends its file again, a binary answer (the video) goes to a file, and a call
    /// that went without the key (to another origin) gets none.
    static func exchange(_ exchange: Exchange) -> String {
        let authorized = exchange.request.header("Authorization") != nil
        let key = authorized ? " -H \"Authorization: Bearer $JIMMYAI_API_KEY\"" : ""
        if let file = exchange.request.file, let url = URL(string: exchange.url) { return upload(file, endpoint: url) }
        if exchange.method == "GET" {
            guard let body = exchange.response?.body, body.text == nil else { return "curl -sS \(quote(exchange.url))" + key }
            let name = URL(string: exchange.url)?.lastPathComponent ?? ""
            return "curl -fSL -o \(quote(name.isEmpty ? "video.mp4" : name)) \(quote(exchange.url))" + key
        }
        guard let body = exchange.request.body?.text else {
            return "curl -sS -X \(quote(exchange.method)) \(quote(exchange.url))" + key
        }
        return post(exchange.url, json: body, authorized: authorized)
    }

    /// A query or balance call.
    static func get(_ url: URL) -> String {
        "curl -sS \(quote(url.absoluteString)) -H \"Authorization: Bearer $JIMMYAI_API_KEY\""
    }

    static func upload(_ path: String, endpoint: URL) -> String {
        "curl -sS -X POST \(quote(endpoint.absoluteString)) \\\n"
            + "  -H \"Authorization: Bearer $JIMMYAI_API_KEY\" \\\n"
            + "  -F \(quote("file=@" + path))"
    }

    /// The video: a signed URL that needs no key (and must never get it, SPEC §8).
    static func download(_ url: URL, to path: String) -> String {
        "curl -fSL -o \(quote(path)) \(quote(url.absoluteString))"
    }

    /// Single-quoted for a POSIX shell: nothing inside is expanded.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
