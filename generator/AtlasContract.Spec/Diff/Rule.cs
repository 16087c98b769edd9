namespace AtlasContract.Spec.Diff;

/// <summary>Which side of the exchange a rule is about (oasdiff's direction).</summary>
public enum Direction
{
    /// <summary>The operation as a whole, or the document (security schemes).</summary>
    None,

    /// <summary>What the client sends: parameters and request bodies.</summary>
    Request,

    /// <summary>What the client reads: statuses, response bodies and headers.</summary>
    Response,
}

/// <summary>What a rule is about: oasdiff's eight kinds.</summary>
public enum RuleKind
{
    Structure,
    Constraints,
    Existence,
    Type,
    Values,
    Lifecycle,
    Requiredness,
    Mutability,
}

/// <summary>
/// One breaking-change rule, whole: a stable kebab-case id (used in reports, level overrides and
/// allow-lists), its default level, direction, kind, message template and the changes it covers.
/// Message placeholders: {operation}, {path}, {before}, {after}, {status}, {sunset}.
/// </summary>
public sealed record Rule(string Id, Level Level, Direction Direction, RuleKind Kind, string Message, Func<Change, RuleContext, bool> Matches)
{
    public string Render(Change change) => (change.JsonPath.Length == 0 ? Message.Replace("{operation} {path}", "{operation}", StringComparison.Ordinal) : Message)
        .Replace("{operation}", change.Operation, StringComparison.Ordinal)
        .Replace("{path}", change.JsonPath, StringComparison.Ordinal)
        .Replace("{before}", change.Before ?? "none", StringComparison.Ordinal)
        .Replace("{after}", change.After ?? "none", StringComparison.Ordinal)
        .Replace("{status}", change.Status ?? string.Empty, StringComparison.Ordinal)
        .Replace("{sunset}", change.Sunset ?? "none", StringComparison.Ordinal);
}
