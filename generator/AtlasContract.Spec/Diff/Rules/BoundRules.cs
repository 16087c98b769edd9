namespace AtlasContract.Spec.Diff.Rules;

/// <summary>
/// Bounds (maxLength, minimum, minItems, exclusiveMaximum, minContains, …) under oasdiff's ids: one declaration per
/// keyword and way it moved, where oasdiff names that case ("request-property-max-length-decreased"). The cases it
/// does not name stay with the family rule each one was split from (<see cref="Rule.Family"/>:
/// "request-property-constraint-tightened", …), whose level is the same; a configuration naming a family rule
/// covers its split rules too.
/// </summary>
internal static class BoundRules
{
    /// <summary>The (area, keyword, way, at a body root) a rule below classifies: the family rules leave these alone.</summary>
    private static readonly HashSet<(Area, string, string, bool)> Covered = [];

    public static readonly Rule[] All =
    [
        // What clients send: a bound moved inwards refuses values they send today; outwards accepts more; a new bound may refuse some.
        Bound("request-property-max-length-decreased", Level.Err, Area.RequestBody, "maxLength", "decreased"),
        Bound("request-property-max-length-increased", Level.Info, Area.RequestBody, "maxLength", "increased"),
        Bound("request-property-max-length-set", Level.Warn, Area.RequestBody, "maxLength", "set"),
        Bound("request-property-min-length-increased", Level.Err, Area.RequestBody, "minLength", "increased"),
        Bound("request-property-min-length-decreased", Level.Info, Area.RequestBody, "minLength", "decreased"),
        Bound("request-property-max-decreased", Level.Err, Area.RequestBody, "maximum", "decreased"),
        Bound("request-property-max-increased", Level.Info, Area.RequestBody, "maximum", "increased"),
        Bound("request-property-max-set", Level.Warn, Area.RequestBody, "maximum", "set"),
        Bound("request-property-min-increased", Level.Err, Area.RequestBody, "minimum", "increased"),
        Bound("request-property-min-decreased", Level.Info, Area.RequestBody, "minimum", "decreased"),
        Bound("request-property-min-set", Level.Warn, Area.RequestBody, "minimum", "set"),
        Bound("request-property-exclusive-max-decreased", Level.Err, Area.RequestBody, "exclusiveMaximum", "decreased"),
        Bound("request-property-exclusive-max-increased", Level.Info, Area.RequestBody, "exclusiveMaximum", "increased"),
        Bound("request-property-exclusive-max-set", Level.Warn, Area.RequestBody, "exclusiveMaximum", "set"),
        Bound("request-property-exclusive-min-increased", Level.Err, Area.RequestBody, "exclusiveMinimum", "increased"),
        Bound("request-property-exclusive-min-decreased", Level.Info, Area.RequestBody, "exclusiveMinimum", "decreased"),
        Bound("request-property-exclusive-min-set", Level.Warn, Area.RequestBody, "exclusiveMinimum", "set"),
        Bound("request-property-min-items-increased", Level.Err, Area.RequestBody, "minItems", "increased"),
        Bound("request-property-min-items-set", Level.Warn, Area.RequestBody, "minItems", "set"),
        Bound("request-property-min-items-decreased", Level.Info, Area.RequestBody, "minItems", "decreased"),
        Bound("request-property-max-contains-decreased", Level.Err, Area.RequestBody, "maxContains", "decreased"),
        Bound("request-property-max-contains-increased", Level.Info, Area.RequestBody, "maxContains", "increased"),
        Bound("request-property-min-contains-increased", Level.Err, Area.RequestBody, "minContains", "increased"),
        Bound("request-property-min-contains-decreased", Level.Info, Area.RequestBody, "minContains", "decreased"),
        Bound("request-parameter-max-length-decreased", Level.Err, Area.Parameter, "maxLength", "decreased"),
        Bound("request-parameter-max-length-increased", Level.Info, Area.Parameter, "maxLength", "increased"),
        Bound("request-parameter-max-length-set", Level.Warn, Area.Parameter, "maxLength", "set"),
        Bound("request-parameter-min-length-increased", Level.Err, Area.Parameter, "minLength", "increased"),
        Bound("request-parameter-min-length-decreased", Level.Info, Area.Parameter, "minLength", "decreased"),
        Bound("request-parameter-max-decreased", Level.Err, Area.Parameter, "maximum", "decreased"),
        Bound("request-parameter-max-increased", Level.Info, Area.Parameter, "maximum", "increased"),
        Bound("request-parameter-max-set", Level.Warn, Area.Parameter, "maximum", "set"),
        Bound("request-parameter-min-increased", Level.Err, Area.Parameter, "minimum", "increased"),
        Bound("request-parameter-min-decreased", Level.Info, Area.Parameter, "minimum", "decreased"),
        Bound("request-parameter-min-set", Level.Warn, Area.Parameter, "minimum", "set"),
        Bound("request-parameter-exclusive-max-decreased", Level.Err, Area.Parameter, "exclusiveMaximum", "decreased"),
        Bound("request-parameter-exclusive-max-increased", Level.Info, Area.Parameter, "exclusiveMaximum", "increased"),
        Bound("request-parameter-exclusive-max-set", Level.Warn, Area.Parameter, "exclusiveMaximum", "set"),
        Bound("request-parameter-exclusive-min-increased", Level.Err, Area.Parameter, "exclusiveMinimum", "increased"),
        Bound("request-parameter-exclusive-min-decreased", Level.Info, Area.Parameter, "exclusiveMinimum", "decreased"),
        Bound("request-parameter-exclusive-min-set", Level.Warn, Area.Parameter, "exclusiveMinimum", "set"),
        Bound("request-parameter-max-items-decreased", Level.Err, Area.Parameter, "maxItems", "decreased"),
        Bound("request-parameter-max-items-increased", Level.Info, Area.Parameter, "maxItems", "increased"),
        Bound("request-parameter-min-items-increased", Level.Err, Area.Parameter, "minItems", "increased"),
        Bound("request-parameter-min-items-decreased", Level.Info, Area.Parameter, "minItems", "decreased"),
        Bound("request-parameter-min-items-set", Level.Warn, Area.Parameter, "minItems", "set"),

        // What clients read: a bound moved outwards or dropped lets values through that clients sized for the old one do not expect.
        Bound("response-property-max-length-increased", Level.Err, Area.Response, "maxLength", "increased"),
        Bound("response-property-max-length-unset", Level.Err, Area.Response, "maxLength", "unset"),
        Bound("response-property-min-length-decreased", Level.Err, Area.Response, "minLength", "decreased"),
        Bound("response-property-max-increased", Level.Err, Area.Response, "maximum", "increased"),
        Bound("response-property-min-decreased", Level.Err, Area.Response, "minimum", "decreased"),
        Bound("response-property-exclusive-max-increased", Level.Err, Area.Response, "exclusiveMaximum", "increased"),
        Bound("response-property-exclusive-min-decreased", Level.Err, Area.Response, "exclusiveMinimum", "decreased"),
        Bound("response-property-min-items-decreased", Level.Err, Area.Response, "minItems", "decreased"),
        Bound("response-property-min-items-unset", Level.Err, Area.Response, "minItems", "unset"),
        Bound("response-property-max-contains-increased", Level.Err, Area.Response, "maxContains", "increased"),
        Bound("response-property-max-contains-decreased", Level.Info, Area.Response, "maxContains", "decreased"),
        Bound("response-property-min-contains-decreased", Level.Err, Area.Response, "minContains", "decreased"),
        Bound("response-property-min-contains-increased", Level.Info, Area.Response, "minContains", "increased"),

        // The same bounds on the root schema of a body (oasdiff's request-body-* / response-body-* ids).
        Root("request-body-max-length-decreased", Level.Err, Area.RequestBody, "maxLength", "decreased"),
        Root("request-body-max-length-increased", Level.Info, Area.RequestBody, "maxLength", "increased"),
        Root("request-body-max-length-set", Level.Warn, Area.RequestBody, "maxLength", "set"),
        Root("request-body-min-length-increased", Level.Err, Area.RequestBody, "minLength", "increased"),
        Root("request-body-min-length-decreased", Level.Info, Area.RequestBody, "minLength", "decreased"),
        Root("request-body-max-decreased", Level.Err, Area.RequestBody, "maximum", "decreased"),
        Root("request-body-max-increased", Level.Info, Area.RequestBody, "maximum", "increased"),
        Root("request-body-max-set", Level.Warn, Area.RequestBody, "maximum", "set"),
        Root("request-body-min-increased", Level.Err, Area.RequestBody, "minimum", "increased"),
        Root("request-body-min-decreased", Level.Info, Area.RequestBody, "minimum", "decreased"),
        Root("request-body-min-set", Level.Warn, Area.RequestBody, "minimum", "set"),
        Root("request-body-exclusive-max-decreased", Level.Err, Area.RequestBody, "exclusiveMaximum", "decreased"),
        Root("request-body-exclusive-max-increased", Level.Info, Area.RequestBody, "exclusiveMaximum", "increased"),
        Root("request-body-exclusive-max-set", Level.Warn, Area.RequestBody, "exclusiveMaximum", "set"),
        Root("request-body-exclusive-min-increased", Level.Err, Area.RequestBody, "exclusiveMinimum", "increased"),
        Root("request-body-exclusive-min-decreased", Level.Info, Area.RequestBody, "exclusiveMinimum", "decreased"),
        Root("request-body-exclusive-min-set", Level.Warn, Area.RequestBody, "exclusiveMinimum", "set"),
        Root("request-body-min-items-increased", Level.Err, Area.RequestBody, "minItems", "increased"),
        Root("request-body-min-items-set", Level.Warn, Area.RequestBody, "minItems", "set"),
        Root("request-body-min-items-decreased", Level.Info, Area.RequestBody, "minItems", "decreased"),
        Root("request-body-max-contains-decreased", Level.Err, Area.RequestBody, "maxContains", "decreased"),
        Root("request-body-max-contains-increased", Level.Info, Area.RequestBody, "maxContains", "increased"),
        Root("request-body-min-contains-increased", Level.Err, Area.RequestBody, "minContains", "increased"),
        Root("request-body-min-contains-decreased", Level.Info, Area.RequestBody, "minContains", "decreased"),
        Root("response-body-max-length-increased", Level.Err, Area.Response, "maxLength", "increased"),
        Root("response-body-max-length-unset", Level.Err, Area.Response, "maxLength", "unset"),
        Root("response-body-min-length-decreased", Level.Err, Area.Response, "minLength", "decreased"),
        Root("response-body-max-increased", Level.Err, Area.Response, "maximum", "increased"),
        Root("response-body-min-decreased", Level.Err, Area.Response, "minimum", "decreased"),
        Root("response-body-exclusive-max-increased", Level.Err, Area.Response, "exclusiveMaximum", "increased"),
        Root("response-body-exclusive-min-decreased", Level.Err, Area.Response, "exclusiveMinimum", "decreased"),
        Root("response-body-min-items-decreased", Level.Err, Area.Response, "minItems", "decreased"),
        Root("response-body-min-items-unset", Level.Err, Area.Response, "minItems", "unset"),
        Root("response-body-max-contains-increased", Level.Err, Area.Response, "maxContains", "increased"),
        Root("response-body-max-contains-decreased", Level.Info, Area.Response, "maxContains", "decreased"),
        Root("response-body-min-contains-decreased", Level.Err, Area.Response, "minContains", "decreased"),
        Root("response-body-min-contains-increased", Level.Info, Area.Response, "minContains", "increased"),
    ];

    /// <summary>True when a rule below classifies the change: its family rule must not.</summary>
    public static bool IsCovered(Change change) => Covered.Contains((change.Area, Keyword(change), Way(change), change.BodyRoot));

    /// <summary>
    /// A bound rule at the root schema of a body, split from the property rule of the same keyword and way
    /// (request-body-max-length-decreased from request-property-max-length-decreased).
    /// </summary>
    private static Rule Root(string id, Level level, Area area, string keyword, string way) =>
        Bound(id, level, area, keyword, way, root: true) with { Family = id.Replace("-body-", "-property-", StringComparison.Ordinal), BodyRoot = true };

    /// <summary>One bound rule: request property/parameter or response property (or body root), the keyword, and how it moved.</summary>
    private static Rule Bound(string id, Level level, Area area, string keyword, string way, bool root = false)
    {
        Covered.Add((area, keyword, way, root));
        var side = area switch
        {
            Area.Parameter => "parameter",
            Area.RequestBody => root ? "request body" : "request property",
            _ => root ? "response body" : "response property",
        };
        var kind = way switch
        {
            "set" => ChangeKind.ConstraintSet,
            "unset" => ChangeKind.ConstraintLoosened,
            _ => Upper(keyword) == (way == "decreased") ? ChangeKind.ConstraintTightened : ChangeKind.ConstraintLoosened,
        };
        var prefix = area switch
        {
            Area.Parameter => "request-parameter",
            Area.RequestBody => "request-property",
            _ => "response-property",
        };
        var family = kind switch
        {
            ChangeKind.ConstraintLoosened => prefix + "-constraint-loosened",
            ChangeKind.ConstraintSet when area != Area.Response => prefix + "-constraint-set",
            _ => prefix + "-constraint-tightened",
        };
        return new Rule(id, level, area == Area.Response ? Direction.Response : Direction.Request, RuleKind.Constraints,
            [kind],
            $"{{operation}}: {side} {{path}} {keyword} {way}: {{before}} became {{after}}.",
            (change, _) => change.Area == area && change.Kind == kind && change.BodyRoot == root && Keyword(change) == keyword && Way(change) == way)
        {
            Family = family,
        };
    }

    private static bool Upper(string keyword) => keyword.StartsWith("max", StringComparison.Ordinal) || keyword == "exclusiveMaximum";

    /// <summary>The bound's keyword, from the side that has it ("maxLength 5", "no maxLength").</summary>
    private static string Keyword(Change change)
    {
        var side = change.After is { } after && !after.StartsWith("no ", StringComparison.Ordinal) ? after : change.Before ?? string.Empty;
        side = side.StartsWith("no ", StringComparison.Ordinal) ? side[3..] : side;
        var space = side.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? side : side[..space];
    }

    /// <summary>How the bound moved: set, unset, increased or decreased.</summary>
    private static string Way(Change change) => change.Kind switch
    {
        ChangeKind.ConstraintSet => "set",
        ChangeKind.ConstraintLoosened when change.After is null || change.After.StartsWith("no ", StringComparison.Ordinal) => "unset",
        ChangeKind.ConstraintTightened => Upper(Keyword(change)) ? "decreased" : "increased",
        _ => Upper(Keyword(change)) ? "increased" : "decreased",
    };
}
