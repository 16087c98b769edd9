namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Every new value is still a valid old value.</summary>
internal sealed class ResponsePropertyTypeSpecialized : IRule
{
    public string Id => "response-property-type-specialized";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.Response && change.Kind is ChangeKind.TypeSpecialized or ChangeKind.FormatAdded;
}
