import Foundation

extension Session {
    /// What the checker needs to know of this session to check text it will run: its
    /// variables (`--var`), script arguments and draft. A run and `grok check` both ask here.
    public func checkContext(directory: String, scriptPath: String? = nil, environment: [String: String]) -> CheckContext {
        var context = CheckContext(baseDirectory: directory, scriptPath: scriptPath,
                                   displayDirectory: FileManager.default.currentDirectoryPath, homeDirectory: environment["HOME"])
        context.definedVariables = Set(variables.keys)
        context.scriptArguments = arguments.count
        context.draftHasPrompt = !(draft.prompt ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        context.draftHasImage = draft.image != nil
        context.draftHasRatio = draft.ratio != nil
        return context
    }
}
