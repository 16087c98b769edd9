namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A new version clients can opt into.</summary>
internal sealed class ResponseMediaTypeAdded : IRule
{
    public string Id => "response-media-type-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.MediaTypeAdded };
}
