namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients asking for that media type (an Atlas API version) get 406 or 410.</summary>
internal sealed class ResponseMediaTypeRemoved : IRule
{
    public string Id => "response-media-type-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.MediaTypeRemoved };
}
