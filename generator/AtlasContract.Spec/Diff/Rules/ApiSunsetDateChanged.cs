namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A sunset announced, withdrawn or moved later.</summary>
internal sealed class ApiSunsetDateChanged : IRule
{
    public string Id => "api-sunset-date-changed";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.SunsetChanged && !context.IsEarlier(change.After, change.Before);
}
