/// Scripts more than one test runs.
public enum SampleScripts {
    /// Submits a task named `cat`, waits for it and saves its video as `cat.mp4`.
    public static let catToFile = """
        set poll-interval 50ms
        prompt "a cat"
        image https://example.com/cat.png
        submit as cat
        wait cat
        download cat to cat.mp4
        """
}
