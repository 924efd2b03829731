import GrokCore

/// Every byte the program prints passes through the redactor, so the key cannot reach
/// the screen even through `echo $env.JIMMYAI_API_KEY`.
public struct RedactingStream: TextOutput {
    let inner: any TextOutput
    let redactor: Redactor

    public init(_ inner: any TextOutput, redactor: Redactor) {
        self.inner = inner
        self.redactor = redactor
    }

    public func write(_ text: String) {
        inner.write(redactor.redactSecrets(text))
    }
}
