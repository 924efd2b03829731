/// What the checker knows about the draft at one point of a script: whether a
/// prompt, an image and a ratio are set. The language has no conditionals, so
/// only loops (which may run zero times) and unchecked `source`s blur it.
struct DraftFlow {
    enum Field {
        case set
        case cleared
        /// May or may not be set: never reported, so there are no false alarms.
        case unknown

        /// The state after code that may or may not have run.
        func merged(with other: Field) -> Field {
            self == other ? self : .unknown
        }
    }

    var prompt: Field
    var image: Field
    var ratio: Field
    /// Where a `.set` ratio was set; `nil` when it was set before the script started.
    var ratioOrigin: Origin?

    /// A line of a file, for "the ratio set on line 3".
    struct Origin {
        var file: String
        var line: Int
    }

    init(prompt: Field, image: Field, ratio: Field, ratioOrigin: Origin? = nil) {
        self.prompt = prompt
        self.image = image
        self.ratio = ratio
        self.ratioOrigin = ratioOrigin
    }

    init(_ context: CheckContext) {
        self.init(
            prompt: context.draftHasPrompt ? .set : .cleared,
            image: context.draftHasImage ? .set : .cleared,
            ratio: context.draftHasRatio ? .set : .cleared
        )
    }

    /// After a `source` the checker could not follow.
    static let unknown = DraftFlow(prompt: .unknown, image: .unknown, ratio: .unknown)

    mutating func setRatio(origin: Origin) {
        ratio = .set
        ratioOrigin = origin
    }

    mutating func clearRatio() {
        ratio = .cleared
        ratioOrigin = nil
    }

    /// `reset`: the draft back to its defaults.
    mutating func reset() {
        prompt = .cleared
        image = .cleared
        clearRatio()
    }

    /// The flow after a loop that started in `before` and whose body, run once, ends in `body`.
    /// A body that surely runs leaves its own state; one that may not run merges with `before`.
    static func afterLoop(before: DraftFlow, body: DraftFlow, runsAtLeastOnce: Bool) -> DraftFlow {
        guard !runsAtLeastOnce else { return body }
        return DraftFlow(
            prompt: before.prompt.merged(with: body.prompt),
            image: before.image.merged(with: body.image),
            ratio: before.ratio.merged(with: body.ratio),
            ratioOrigin: before.ratio == .set && body.ratio == .set ? before.ratioOrigin : nil
        )
    }
}
