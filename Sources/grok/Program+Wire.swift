import Foundation
import GrokCore
import GrokScript

/// The command line's hooks into the session's wire: `--har FILE`, `--record FILE.md`, and
/// the handout's view of every exchange.
extension Program {
    /// Before anything is sent: the handout follows the exchanges, and the files `--har` and
    /// `--record` name are started; false when one cannot be written.
    func followWire(_ services: LiveServiceProvider, handout: Handout, baseURL: URL, reporter: any Reporter) async -> Bool {
        guard let wire = await services.wire() else { return true }
        wire.observe("record") { handout.exchange($0) }
        do throws(GrokError) {
            if let path = options.har { try wire.writeHAR(to: path) }
        } catch {
            reporter.emit(.failure(message: "cannot write the HAR file '\(options.har ?? "")': \(error.description)", hint: nil))
            return false
        }
        do throws(GrokError) {
            if let path = options.record { try handout.start(path, baseURL: baseURL) }
        } catch {
            reporter.emit(.failure(message: "cannot write the handout '\(options.record ?? "")': \(error.description)", hint: nil))
            return false
        }
        return true
    }
}
