namespace AtlasContract.Spec.Diff.Rules;

/// <summary>The announced end of life came closer: clients planned for the old date.</summary>
internal sealed class ApiSunsetDateChangedTooSmall : IRule
{
    public string Id => "api-sunset-date-changed-too-small";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.SunsetChanged && context.IsEarlier(change.After, change.Before);
}
