import Foundation
import GrokCore
import GrokScript

/// What the prompt, completion and the history's secret filter need to know of the
/// session, taken once before each prompt.
struct SessionSnapshot {
    var prompt: PromptText
    var completion: CompletionState
    var taskIDs: Set<String>

    init(session: Session, jobs: [Job], directory: String, environment: [String: String], sandbox: URL? = nil) {
        let draft: PromptText.DraftState = session.draft == Draft() ? .empty
            : (try? session.draft.validated()) != nil ? .complete : .incomplete
        let running = session.known.values.filter { !$0.status.isTerminal }.count
            + session.submitted.filter { session.known[$0] == nil }.count
        prompt = PromptText(draft: draft, running: running, place: PromptPlace.place(of: session.options.baseURL, sandbox: sandbox))

        let names = Set(session.names.keys).union(jobs.compactMap(\.name))
        var ids: [String] = []
        var seen = Set<String>()
        for id in session.submitted.reversed() + jobs.reversed().compactMap(\.taskID) where seen.insert(id).inserted {
            ids.append(id)
        }
        taskIDs = seen
        completion = CompletionState(
            variables: Array(Set(session.variables.keys).union(session.builtins.keys.map(\.rawValue))),
            taskNames: Array(names), taskIDs: ids, directory: directory,
            homeDirectory: environment["HOME"])
    }
}
