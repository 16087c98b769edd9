namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients sending that media type will be rejected.</summary>
internal sealed class RequestBodyMediaTypeRemoved : IRule
{
    public string Id => "request-body-media-type-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.MediaTypeRemoved };
}
