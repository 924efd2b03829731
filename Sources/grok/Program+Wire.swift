import GrokCore
import GrokScript

/// The command line's hooks into the session's wire: `--har FILE`.
extension Program {
    /// Starts the HAR file `--har` names, before anything is sent; false when it cannot be written.
    func followHAR(_ services: LiveServiceProvider, reporter: any Reporter) async -> Bool {
        guard let path = options.har, let wire = await services.wire() else { return true }
        do throws(GrokError) { try wire.writeHAR(to: path) } catch {
            reporter.emit(.failure(message: "cannot write the HAR file '\(path)': \(error.description)", hint: nil))
            return false
        }
        return true
    }
}
