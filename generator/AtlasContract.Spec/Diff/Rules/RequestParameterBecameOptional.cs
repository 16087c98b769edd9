namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Relaxes a constraint.</summary>
internal sealed class RequestParameterBecameOptional : IRule
{
    public string Id => "request-parameter-became-optional";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.ParameterBecameOptional;
}
