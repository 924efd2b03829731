import Foundation
import GrokCore

/// A copy-pasteable curl command equivalent to a request, with the key left to the shell
/// as `$JIMMYAI_API_KEY`.
enum CurlCommand {
    static func create(baseURL: URL, request: CreateRequest, uploading localImage: String?) -> String {
        var text = ""
        if let localImage {
            text += "# first upload the local image; put the \"url\" it answers in image_urls below\n"
            text += "curl -sS -X POST \(quote(Endpoint.upload.url(base: baseURL).absoluteString)) \\\n"
            text += "  -H \"Authorization: Bearer $JIMMYAI_API_KEY\" \\\n"
            text += "  -F \(quote("file=@" + localImage))\n"
        }
        text += "curl -sS -X POST \(quote(Endpoint.create.url(base: baseURL).absoluteString)) \\\n"
        text += "  -H \"Authorization: Bearer $JIMMYAI_API_KEY\" \\\n"
        text += "  -H 'Content-Type: application/json' \\\n"
        text += "  -d \(quote(request.json.compactText))"
        return text
    }

    /// Single-quoted for a POSIX shell: nothing inside is expanded.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
