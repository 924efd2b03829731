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
        text += "curl -sS -X POST \(quote(Endpoint.create.url(base: baseURL).absoluteString)) \\\n"
        text += "  -H \"Authorization: Bearer $JIMMYAI_API_KEY\" \\\n"
        text += "  -H 'Content-Type: application/json' \\\n"
        text += "  -d \(quote(request.json.compactText))"
        return text
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
