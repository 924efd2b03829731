import Foundation
import OrderedCollections

/// One line of the journal: a record and the server it came from. A line written before
/// records named their server has no `origin`: its server is unknown (`origin` nil).
public struct JournalEntry: Sendable, Equatable {
    public var origin: ServerOrigin?
    public var record: JournalRecord

    public init(origin: ServerOrigin?, record: JournalRecord) {
        self.origin = origin
        self.record = record
    }

    /// `{"v":1,"origin":"https://api.x.ai:443","event":…}`.
    var json: JSONValue {
        var fields: OrderedDictionary<String, JSONValue> = ["v": .number(Double(JournalRecord.version))]
        if let origin { fields["origin"] = .string(origin.text) }
        fields.merge(record.fields) { first, _ in first }
        return .object(fields)
    }

    /// `nil` for a line that is not a record (see `JournalRecord.init?(json:)`).
    init?(line: some Collection<UInt8>) {
        guard let json = JSONValue.parse(line), let record = JournalRecord(json: json) else { return nil }
        self.init(origin: json["origin"]?.stringValue.map(ServerOrigin.init(text:)), record: record)
    }
}
