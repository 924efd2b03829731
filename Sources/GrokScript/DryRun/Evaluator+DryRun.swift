extension Evaluator {
    /// `--dry-run`: the one evaluator with a service that sends nothing and prints what it
    /// would send, and the effects and output that go with it.
    public static func dryRun(session: Session, reporter: any Reporter, environment: [String: String], keepGoing: Bool) -> Evaluator {
        Evaluator(session: session, reporter: DryRunReporter(base: reporter), services: DryRunServiceProvider(reporter: reporter),
                  effects: DryRunEffects(reporter: reporter), environment: environment, keepGoing: keepGoing)
    }
}
