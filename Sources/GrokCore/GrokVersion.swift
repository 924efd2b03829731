public enum GrokVersion {
    public static let current = "0.1.0"
}
