namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestBodyMediaTypeAdded : IRule
{
    public string Id => "request-body-media-type-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.MediaTypeAdded };
}
