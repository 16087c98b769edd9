using AtlasContract.Spec.Diff.Rules;

namespace AtlasContract.Spec.Diff;

/// <summary>A rule and its default level.</summary>
public sealed record RuleEntry(IRule Rule, Level Level)
{
    public string Id => Rule.Id;
}

/// <summary>
/// Every rule of the gate, id → level → rule. Levels follow oasdiff's catalogue for the same ids, except
/// response-optional-property-removed (ERR here, WARN there: see the rule). A change no rule covers is
/// reported as <see cref="Unclassified"/> (WARN), never dropped; a test keeps the fixtures free of it.
/// </summary>
public static class RuleCatalogue
{
    public const string Unclassified = "unclassified-change";

    public static IReadOnlyList<RuleEntry> All { get; } =
    [
        new(new EndpointAdded(), Level.Info),
        new(new ApiRemovedWithoutDeprecation(), Level.Err),
        new(new ApiRemovedBeforeSunset(), Level.Err),
        new(new ApiRemovedAfterSunset(), Level.Info),
        new(new EndpointDeprecated(), Level.Info),
        new(new EndpointReactivated(), Level.Info),
        new(new ApiOperationIdChanged(), Level.Info),
        new(new ApiSunsetDateChangedTooSmall(), Level.Err),
        new(new ApiSunsetDateChanged(), Level.Info),
        new(new NewRequiredRequestParameter(), Level.Err),
        new(new NewOptionalRequestParameter(), Level.Info),
        new(new RequestParameterRemoved(), Level.Warn),
        new(new RequestParameterRemovedWithDeprecation(), Level.Info),
        new(new RequestParameterBecameRequired(), Level.Err),
        new(new RequestParameterBecameOptional(), Level.Info),
        new(new RequestParameterTypeChanged(), Level.Err),
        new(new RequestParameterTypeGeneralized(), Level.Info),
        new(new RequestParameterPatternAdded(), Level.Err),
        new(new RequestParameterPatternChanged(), Level.Warn),
        new(new RequestParameterPatternRemoved(), Level.Info),
        new(new RequestParameterEnumValueAdded(), Level.Info),
        new(new RequestParameterEnumValueRemoved(), Level.Err),
        new(new RequestParameterBecameEnum(), Level.Err),
        new(new RequestParameterEnumConstraintRemoved(), Level.Info),
        new(new RequestParameterDefaultValueChanged(), Level.Err),
        new(new RequestParameterBecameNullable(), Level.Info),
        new(new RequestParameterBecameNotNullable(), Level.Err),
        new(new RequestBodyAddedRequired(), Level.Err),
        new(new RequestBodyAddedOptional(), Level.Info),
        new(new RequestBodyRemoved(), Level.Warn),
        new(new RequestBodyBecameRequired(), Level.Err),
        new(new RequestBodyBecameOptional(), Level.Info),
        new(new RequestBodyMediaTypeRemoved(), Level.Err),
        new(new RequestBodyMediaTypeAdded(), Level.Info),
        new(new NewRequiredRequestProperty(), Level.Err),
        new(new NewOptionalRequestProperty(), Level.Info),
        new(new RequestPropertyRemoved(), Level.Warn),
        new(new RequestPropertyBecameRequired(), Level.Err),
        new(new RequestPropertyBecameOptional(), Level.Info),
        new(new RequestPropertyTypeChanged(), Level.Err),
        new(new RequestPropertyTypeGeneralized(), Level.Info),
        new(new RequestPropertyEnumValueRemoved(), Level.Err),
        new(new RequestPropertyEnumValueAdded(), Level.Info),
        new(new RequestPropertyBecameEnum(), Level.Err),
        new(new RequestPropertyEnumConstraintRemoved(), Level.Info),
        new(new RequestPropertyPatternAdded(), Level.Err),
        new(new RequestPropertyPatternChanged(), Level.Warn),
        new(new RequestPropertyPatternRemoved(), Level.Info),
        new(new RequestPropertyBecameNotNullable(), Level.Err),
        new(new RequestPropertyBecameNullable(), Level.Info),
        new(new RequestPropertyDefaultValueChanged(), Level.Info),
        new(new RequestPropertyOneOfRemoved(), Level.Err),
        new(new RequestPropertyOneOfAdded(), Level.Info),
        new(new RequestPropertyAnyOfRemoved(), Level.Err),
        new(new RequestPropertyAnyOfAdded(), Level.Info),
        new(new ResponseSuccessStatusRemoved(), Level.Err),
        new(new ResponseNonSuccessStatusRemoved(), Level.Info),
        new(new ResponseSuccessStatusAdded(), Level.Info),
        new(new ResponseNonSuccessStatusAdded(), Level.Info),
        new(new ResponseMediaTypeRemoved(), Level.Err),
        new(new ResponseMediaTypeAdded(), Level.Info),
        new(new ResponseRequiredPropertyRemoved(), Level.Err),
        new(new ResponseOptionalPropertyRemoved(), Level.Err),
        new(new ResponseRequiredPropertyAdded(), Level.Info),
        new(new ResponseOptionalPropertyAdded(), Level.Info),
        new(new ResponsePropertyBecameOptional(), Level.Err),
        new(new ResponsePropertyBecameRequired(), Level.Info),
        new(new ResponsePropertyBecameNullable(), Level.Err),
        new(new ResponsePropertyBecameNotNullable(), Level.Info),
        new(new ResponsePropertyTypeChanged(), Level.Err),
        new(new ResponsePropertyTypeSpecialized(), Level.Info),
        new(new ResponsePropertyEnumValueAdded(), Level.Warn),
        new(new ResponsePropertyEnumValueRemoved(), Level.Info),
        new(new ResponsePropertyBecameEnum(), Level.Info),
        new(new ResponsePropertyEnumConstraintRemoved(), Level.Warn),
        new(new ResponsePropertyPatternChanged(), Level.Info),
        new(new ResponsePropertyDefaultValueChanged(), Level.Info),
        new(new ResponsePropertyOneOfAdded(), Level.Err),
        new(new ResponsePropertyOneOfRemoved(), Level.Info),
        new(new ResponsePropertyAnyOfAdded(), Level.Info),
        new(new ResponsePropertyAnyOfRemoved(), Level.Info),
        new(new RequiredResponseHeaderRemoved(), Level.Err),
        new(new OptionalResponseHeaderRemoved(), Level.Warn),
        new(new ResponseHeaderAdded(), Level.Info),
        new(new ResponseHeaderBecameOptional(), Level.Err),
        new(new ResponseHeaderBecameRequired(), Level.Info),
        new(new ResponseHeaderTypeChanged(), Level.Err),
        new(new ResponseHeaderSchemaNarrowed(), Level.Info),
        new(new ApiSecurityRemoved(), Level.Err),
        new(new ApiSecurityAdded(), Level.Info),
        new(new SecuritySchemeTypeChanged(), Level.Err),
        new(new SecuritySchemeTokenUrlChanged(), Level.Warn),
        new(new RequestParameterConstraintTightened(), Level.Err),
        new(new RequestParameterConstraintSet(), Level.Warn),
        new(new RequestParameterConstraintLoosened(), Level.Info),
        new(new RequestPropertyConstraintTightened(), Level.Err),
        new(new RequestPropertyConstraintSet(), Level.Warn),
        new(new RequestPropertyConstraintLoosened(), Level.Info),
        new(new ResponsePropertyConstraintLoosened(), Level.Err),
        new(new ResponsePropertyConstraintTightened(), Level.Info),
    ];

    private static readonly Dictionary<string, RuleEntry> ById = All.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public static RuleEntry? Find(string id) => ById.GetValueOrDefault(id);
}
