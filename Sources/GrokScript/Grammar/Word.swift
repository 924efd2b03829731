/// The bare words that mean something inside commands' arguments, as the grammar table
/// and the evaluator spell them.
public enum Word {
    /// `image none`: no image.
    public static let none = "none"
    /// `wait all`, `status all`, `jobs all`.
    public static let all = "all"
    /// `wait last`: the task submitted or looked at last.
    public static let last = "last"
    /// `set har off`, `record off`: stop writing.
    public static let off = "off"
    /// The topic of `help options`.
    public static let options = "options"
    /// The topic of `help tutorial`: how to start `grok tutorial`.
    public static let tutorial = "tutorial"
    /// The topic of `help sandbox`.
    public static let sandbox = "sandbox"
    /// The topic of `help teach`: the kit for a class.
    public static let teach = "teach"
}
