@testable import GrokReport
import Testing

@Suite struct PageReferenceTests {
    @Test(arguments: [
        ("/r/cat.mp4", "/r", "cat.mp4"),
        ("/r/videos/cat.mp4", "/r", "videos/cat.mp4"),
        ("/videos/cat.mp4", "/r/page", "../../videos/cat.mp4"),
        ("/r/a b#c?d%e\"f.mp4", "/r", "a%20b%23c%3Fd%25e%22f.mp4"),
        ("/r/javascript:x", "/r", "javascript%3Ax"),
        ("/r/./x/../é.mp4", "/r/", "%C3%A9.mp4"),
    ])
    func aLocalFileIsAnEncodedPathRelativeToThePage(file: String, directory: String, expected: String) {
        #expect(PageReference.relative(file, from: directory) == expected)
    }

    @Test(arguments: ["https://example.com/v.mp4", "http://127.0.0.1:8080/files/v.mp4", "HTTPS://EXAMPLE.COM/x"])
    func anHTTPURLIsAReference(url: String) {
        #expect(PageReference.remote(url) != nil)
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://example.com/x", "https:///nohost", "v.mp4", ""])
    func anythingElseIsNot(url: String) {
        #expect(PageReference.remote(url) == nil)
    }
}
