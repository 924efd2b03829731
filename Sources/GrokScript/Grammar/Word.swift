/// The bare words that mean something inside commands' arguments, as the grammar table
/// and the evaluator spell them.
public enum Word {
    /// `image none`: no image.
    public static let none = "none"
    /// `wait all`, `status all`, `jobs all`.
    public static let all = "all"
    /// `wait last`: the task submitted or looked at last.
    public static let last = "last"
    /// The topic of `help options`.
    public static let options = "options"
    /// The topic of `help sandbox`.
    public static let sandbox = "sandbox"
}
