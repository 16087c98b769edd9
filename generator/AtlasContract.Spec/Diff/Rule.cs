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
/// <see cref="On"/> lists the kinds of raw change the rule classifies: the catalogue is indexed by it, and of the
/// rules listed for a change's kind exactly one must match (anything else is an internal error naming the change).
/// Message placeholders: {operation}, {path}, {before}, {after}, {status}, {sunset}.
/// </summary>
public sealed record Rule(string Id, Level Level, Direction Direction, RuleKind Kind, IReadOnlyList<ChangeKind> On, string Message, Func<Change, RuleContext, bool> Matches)
{
    /// <summary>
    /// Why this rule's level differs from oasdiff's for the same id (or for the oasdiff rule it stands for);
    /// null when it agrees. The README's table of deliberate differences is generated from it.
    /// </summary>
    public string? Differs { get; init; }

    /// <summary>
    /// The broader rule this one was split from when it took oasdiff's finer id ("request-property-constraint-tightened"
    /// for "request-property-max-length-decreased"): a configuration naming the family covers this rule too.
    /// </summary>
    public string? Family { get; init; }

    /// <summary>
    /// The rule speaks of the root schema of a body (request-body-*, response-body-*) and was split from the property
    /// rule in <see cref="Family"/>: a change in a shared schema is one or the other depending on where an operation
    /// uses it, and reports group the two as the one change it is.
    /// </summary>
    public bool BodyRoot { get; init; }

    /// <summary>The oasdiff level this rule deliberately departs from (with <see cref="Differs"/>); null where oasdiff reports nothing.</summary>
    public Level? OasdiffLevel { get; init; }

    public string Render(Change change) => (change.JsonPath.Length == 0 ? Message.Replace("{operation} {path}", "{operation}", StringComparison.Ordinal) : Message)
        .Replace("{operation}", change.Operation, StringComparison.Ordinal)
        .Replace("{path}", change.JsonPath, StringComparison.Ordinal)
        .Replace("{before}", change.Before ?? "none", StringComparison.Ordinal)
        .Replace("{after}", change.After ?? "none", StringComparison.Ordinal)
        .Replace("{status}", change.Status ?? string.Empty, StringComparison.Ordinal)
        .Replace("{sunset}", change.Sunset ?? "none", StringComparison.Ordinal);
}
