namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Calls that omit it will be rejected.</summary>
internal sealed class RequestParameterBecameRequired : IRule
{
    public string Id => "request-parameter-became-required";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.ParameterBecameRequired;
}
