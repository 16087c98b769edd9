namespace AtlasContract.Spec.Diff.Rules;

/// <summary>
/// A property's own lifecycle: deprecated with an <c>x-sunset</c> (readable or not) and its <c>x-stability-level</c>,
/// under oasdiff's <c>*-property-deprecated-with-sunset</c>, <c>*-property-deprecated-sunset-invalid</c> and
/// <c>*-property-stability-*</c> ids. A deprecation without a sunset stays <c>*-property-deprecated</c>, the family.
/// </summary>
internal static class PropertyLifecycleRules
{
    private static bool Request(Change change) => change.Area is Area.Parameter or Area.RequestBody;

    private static int Rank(string? level) => OperationComparer.StabilityRank(level);

    public static readonly Rule[] All =
    [
        // A notice with a date: clients should stop sending it before then; nothing breaks yet.
        new("request-property-deprecated-with-sunset", Level.Info, Direction.Request, RuleKind.Lifecycle, [ChangeKind.Deprecated],
            "{operation}: request property {path} is now deprecated, sunset {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.Deprecated } && context.IsDate(change.After)) { Family = "request-property-deprecated" },
        // The notice's date cannot be read: flagged so it is fixed; nothing changes on the wire.
        new("request-property-deprecated-sunset-invalid", Level.Warn, Direction.Request, RuleKind.Lifecycle, [ChangeKind.Deprecated],
            "{operation}: request property {path} is now deprecated with an x-sunset that is not a date: {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.Deprecated, After: not null } && !context.IsDate(change.After))
            {
                Family = "request-property-deprecated",
                Differs = "an unreadable date changes nothing on the wire; it is flagged, as an unreadable operation x-sunset is",
                OasdiffLevel = Level.Err,
            },
        // As above, for what clients read.
        new("response-property-deprecated-with-sunset", Level.Info, Direction.Response, RuleKind.Lifecycle, [ChangeKind.Deprecated],
            "{operation}: response property {path} is now deprecated, sunset {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.Deprecated } && context.IsDate(change.After)) { Family = "response-property-deprecated" },
        // As above.
        new("response-property-deprecated-sunset-invalid", Level.Warn, Direction.Response, RuleKind.Lifecycle, [ChangeKind.Deprecated],
            "{operation}: response property {path} is now deprecated with an x-sunset that is not a date: {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.Deprecated, After: not null } && !context.IsDate(change.After))
            {
                Family = "response-property-deprecated",
                Differs = "an unreadable date changes nothing on the wire; it is flagged, as an unreadable operation x-sunset is",
                OasdiffLevel = Level.Err,
            },
        // What clients send there may now change or go without notice.
        new("request-property-stability-decreased", Level.Err, Direction.Request, RuleKind.Lifecycle, [ChangeKind.PropertyStabilityChanged],
            "{operation}: request property {path} x-stability-level decreased from {before} to {after}.",
            (change, context) => Request(change) && change.Kind == ChangeKind.PropertyStabilityChanged && Rank(change.After) < Rank(change.Before)),
        // A stronger promise.
        new("request-property-stability-increased", Level.Info, Direction.Request, RuleKind.Lifecycle, [ChangeKind.PropertyStabilityChanged],
            "{operation}: request property {path} x-stability-level increased from {before} to {after}.",
            (change, context) => Request(change) && change.Kind == ChangeKind.PropertyStabilityChanged && Rank(change.After) > Rank(change.Before)),
        // What clients read there may now change or go without notice.
        new("response-property-stability-decreased", Level.Err, Direction.Response, RuleKind.Lifecycle, [ChangeKind.PropertyStabilityChanged],
            "{operation}: response property {path} x-stability-level decreased from {before} to {after}.",
            (change, context) => change is { Area: Area.Response or Area.ResponseHeader, Kind: ChangeKind.PropertyStabilityChanged } && Rank(change.After) < Rank(change.Before)),
        // A stronger promise.
        new("response-property-stability-increased", Level.Info, Direction.Response, RuleKind.Lifecycle, [ChangeKind.PropertyStabilityChanged],
            "{operation}: response property {path} x-stability-level increased from {before} to {after}.",
            (change, context) => change is { Area: Area.Response or Area.ResponseHeader, Kind: ChangeKind.PropertyStabilityChanged } && Rank(change.After) > Rank(change.Before)),
    ];
}
