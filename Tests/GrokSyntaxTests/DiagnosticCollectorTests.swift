import Testing
@testable import GrokSyntax

@Suite struct DiagnosticCollectorTests {
    @Test func keepsEverythingUpToTheLimitThenOneLastDiagnostic() {
        var collector = DiagnosticCollector(tooMany: ParserError.tooManyErrors(limit:))
        let limit = DiagnosticCollector<ParserError>.limit
        for offset in 0..<limit {
            collector.append(.unmatchedClosingBrace, at: SourceRange(start: offset, end: offset + 1))
        }
        #expect(!collector.isFull)
        #expect(collector.diagnostics.count == limit)
        collector.append(.unmatchedClosingBrace, at: SourceRange(start: 5_000, end: 5_001))
        collector.append(.unmatchedClosingBrace, at: SourceRange(start: 6_000, end: 6_001))
        #expect(collector.isFull)
        #expect(collector.diagnostics.count == limit + 1)
        #expect(collector.diagnostics.last == Diagnostic(ParserError.tooManyErrors(limit: limit), at: SourceRange(start: 5_000, end: 5_001)))
        #expect(collector.diagnostics.last?.message == "too many errors; the parser stopped after 1000")
    }
}
