namespace AtlasContract.Spec.Diff;

/// <summary>
/// A change inside one schema, located relative to that schema's root ("", ".roles", "[*].id").
/// <see cref="Origin"/> is the pointer of the innermost named schema (a <c>$ref</c> target) holding the change and
/// <see cref="OriginPath"/> the path inside it: the change's one location, however many operations reach it.
/// </summary>
internal sealed record SchemaChange(ChangeKind Kind, string RelativePath, string? Before = null, string? After = null, bool Required = false)
{
    public string? Origin { get; init; }

    public string OriginPath { get; init; } = string.Empty;
}

/// <summary>The kinds of change <see cref="SchemaComparer"/> reports: what a schema (a body, a parameter's, a header's) can hold.</summary>
internal static class SchemaKinds
{
    /// <summary>The 2020-12 keyword kinds (type arrays aside): the keyword rules classify them wherever a schema holds them.</summary>
    public static readonly ChangeKind[] Keywords =
    [
        ChangeKind.ContainsAdded, ChangeKind.ContainsRemoved, ChangeKind.IfAdded, ChangeKind.IfRemoved,
        ChangeKind.ThenAdded, ChangeKind.ThenRemoved, ChangeKind.ElseAdded, ChangeKind.ElseRemoved,
        ChangeKind.ConstAdded, ChangeKind.ConstRemoved, ChangeKind.ConstChanged,
        ChangeKind.ContentEncodingChanged, ChangeKind.ContentMediaTypeChanged, ChangeKind.ContentSchemaAdded, ChangeKind.ContentSchemaRemoved,
        ChangeKind.DependentRequiredAdded, ChangeKind.DependentRequiredRemoved, ChangeKind.DependentRequiredChanged,
        ChangeKind.DependentSchemaAdded, ChangeKind.DependentSchemaRemoved, ChangeKind.PrefixItemsAdded, ChangeKind.PrefixItemsRemoved,
        ChangeKind.PropertyNamesAdded, ChangeKind.PropertyNamesRemoved, ChangeKind.PatternPropertyAdded, ChangeKind.PatternPropertyRemoved,
        ChangeKind.UnevaluatedItemsAdded, ChangeKind.UnevaluatedItemsRemoved, ChangeKind.UnevaluatedPropertiesAdded, ChangeKind.UnevaluatedPropertiesRemoved,
    ];

    public static readonly ChangeKind[] All =
    [
        ChangeKind.TypeChanged, ChangeKind.TypeGeneralized, ChangeKind.TypeSpecialized,
        ChangeKind.FormatChanged, ChangeKind.FormatAdded, ChangeKind.FormatRemoved, ChangeKind.FormatAnnotationChanged,
        ChangeKind.BecameNullable, ChangeKind.BecameNotNullable,
        ChangeKind.EnumValueAdded, ChangeKind.EnumValueRemoved, ChangeKind.EnumConstraintAdded, ChangeKind.EnumConstraintRemoved,
        ChangeKind.PatternAdded, ChangeKind.PatternChanged, ChangeKind.PatternRemoved, ChangeKind.DefaultChanged,
        ChangeKind.ConstraintTightened, ChangeKind.ConstraintSet, ChangeKind.ConstraintLoosened,
        ChangeKind.PropertyAdded, ChangeKind.PropertyRemoved, ChangeKind.PropertyBecameRequired, ChangeKind.PropertyBecameOptional,
        ChangeKind.PropertyBecameReadOnly, ChangeKind.PropertyBecameWriteOnly, ChangeKind.PropertyBecameNotReadOnly, ChangeKind.PropertyBecameNotWriteOnly, ChangeKind.Deprecated, ChangeKind.Reactivated, ChangeKind.PropertyStabilityChanged,
        ChangeKind.OneOfVariantAdded, ChangeKind.OneOfVariantRemoved, ChangeKind.AnyOfVariantAdded, ChangeKind.AnyOfVariantRemoved,
        ChangeKind.DiscriminatorPropertyChanged, ChangeKind.DiscriminatorMappingAdded, ChangeKind.DiscriminatorMappingRemoved, ChangeKind.DiscriminatorMappingChanged,
        ChangeKind.DiscriminatorAdded, ChangeKind.DiscriminatorRemoved, ChangeKind.ExtensibleEnumValueAdded, ChangeKind.ExtensibleEnumValueRemoved,
        ChangeKind.UniqueItemsSet, ChangeKind.UniqueItemsUnset,
        ChangeKind.AdditionalPropertiesDisallowed, ChangeKind.AdditionalPropertiesAllowed, ChangeKind.AdditionalPropertiesRestricted,
        ChangeKind.ListOfTypesWidened, ChangeKind.ListOfTypesNarrowed,
        .. Keywords,
    ];
}
