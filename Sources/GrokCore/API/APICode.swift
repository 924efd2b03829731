/// The `code` values of the API envelope.
public enum APICode {
    public static let success = 20000
    public static let authenticationFailed = 20001
    public static let badRequest = 20002
    public static let serverBusy = -1
}
