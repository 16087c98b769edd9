namespace AtlasContract.Spec.Diff;

/// <summary>Where in an operation a change was found; rules use it to tell request from response.</summary>
public enum Area
{
    Operation,
    Parameter,
    RequestBody,
    Response,
    ResponseHeader,
    Security,
}

/// <summary>What changed, neutrally (no judgement): the rules in <c>Rules/</c> decide what it means.</summary>
public enum ChangeKind
{
    OperationAdded,
    OperationRemoved,
    OperationDeprecated,
    OperationReactivated,
    OperationIdChanged,
    SunsetChanged,
    ParameterAdded,
    ParameterRemoved,
    ParameterBecameRequired,
    ParameterBecameOptional,
    RequestBodyAdded,
    RequestBodyBecameRequired,
    RequestBodyBecameOptional,
    RequestBodyRemoved,
    MediaTypeAdded,
    MediaTypeRemoved,
    StatusAdded,
    StatusRemoved,
    HeaderAdded,
    HeaderRemoved,
    HeaderBecameOptional,
    HeaderBecameRequired,
    PropertyAdded,
    PropertyRemoved,
    PropertyBecameRequired,
    PropertyBecameOptional,
    TypeChanged,
    TypeGeneralized,
    TypeSpecialized,
    FormatChanged,
    FormatAdded,
    FormatRemoved,
    BecameNullable,
    BecameNotNullable,
    EnumValueAdded,
    EnumValueRemoved,
    EnumConstraintAdded,
    EnumConstraintRemoved,
    PatternAdded,
    PatternChanged,
    PatternRemoved,
    DefaultChanged,

    /// <summary>A bound became stricter (maxLength/maximum/maxItems lowered, minLength/minimum/minItems raised).</summary>
    ConstraintTightened,

    /// <summary>A bound appeared where there was none.</summary>
    ConstraintSet,

    /// <summary>A bound became looser or disappeared.</summary>
    ConstraintLoosened,
    OneOfVariantAdded,
    OneOfVariantRemoved,
    AnyOfVariantAdded,
    AnyOfVariantRemoved,
    /// <summary>A request property clients send became readOnly: the server no longer takes it.</summary>
    PropertyBecameReadOnly,

    /// <summary>A response property clients read became writeOnly: the server no longer returns it.</summary>
    PropertyBecameWriteOnly,

    /// <summary>A request property that was readOnly (clients never sent it) is now taken by the server.</summary>
    PropertyBecameNotReadOnly,

    /// <summary>A response property that was writeOnly (clients never read it) is now returned.</summary>
    PropertyBecameNotWriteOnly,
    DiscriminatorPropertyChanged,
    DiscriminatorMappingAdded,
    DiscriminatorMappingRemoved,
    SecurityAdded,
    SecurityRemoved,
    SecuritySchemeTypeChanged,
    SecuritySchemeTokenUrlChanged,

    /// <summary>An apiKey scheme moved: its <c>in</c> or its <c>name</c> changed.</summary>
    SecuritySchemeApiKeyChanged,

    /// <summary>A security alternative kept its schemes but a scheme requires a new scope.</summary>
    SecurityScopeAdded,
    SecurityScopeRemoved,

    /// <summary>A parameter's effective <c>style</c> changed (defaults applied): its values go on the wire differently.</summary>
    ParameterStyleChanged,

    /// <summary>An array or object parameter's effective <c>explode</c> changed: <c>a=1&amp;a=2</c> against <c>a=1,2</c>.</summary>
    ParameterExplodeChanged,
    ParameterDeprecated,
    ParameterReactivated,

    /// <summary>A schema (a property, a body) became <c>deprecated</c>.</summary>
    Deprecated,
    Reactivated,
    UniqueItemsSet,
    UniqueItemsUnset,

    /// <summary>An object schema became closed: <c>additionalProperties: false</c>.</summary>
    AdditionalPropertiesDisallowed,
    AdditionalPropertiesAllowed,

    /// <summary>An open object gained an <c>additionalProperties</c> schema: undeclared properties must now match it.</summary>
    AdditionalPropertiesRestricted,
    HeaderDeprecated,
    HeaderReactivated,

    /// <summary>A schema gained a discriminator where it had none.</summary>
    DiscriminatorAdded,

    /// <summary>A schema lost its discriminator.</summary>
    DiscriminatorRemoved,

    /// <summary>
    /// An error response's media type was replaced by another carrying the same schema
    /// (<c>application/vnd.atlas.2023-01-01+json</c> → <c>application/json</c>): the body clients read is unchanged.
    /// </summary>
    MediaTypeRenamed,

    /// <summary>
    /// A <c>format</c> that does not restrict which values are valid (<c>password</c>, a vendor's own) was added,
    /// removed or changed: an annotation for tools, not a change of type.
    /// </summary>
    FormatAnnotationChanged,
    TagAdded,
    TagRemoved,

    /// <summary>An operation's <c>x-stability-level</c> changed (one that declares none is stable).</summary>
    StabilityChanged,
    WebhookAdded,
    WebhookRemoved,

    /// <summary>An OAuth flow's <c>authorizationUrl</c> changed (implicit, authorizationCode).</summary>
    SecuritySchemeAuthorizationUrlChanged,

    /// <summary>An OAuth flow no longer declares a scope.</summary>
    SecuritySchemeScopeRemoved,

    /// <summary>A security scheme was added to <c>components.securitySchemes</c>.</summary>
    SecuritySchemeAdded,
    SecuritySchemeRemoved,
    ExtensibleEnumValueAdded,
    ExtensibleEnumValueRemoved,

    // JSON Schema 2020-12 keywords (OpenAPI 3.1), each as oasdiff names it. A sub-schema keyword that appears or goes
    // is one change (what it allows is the keyword's business); one kept on both sides is compared inside.
    ContainsAdded,
    ContainsRemoved,
    IfAdded,
    IfRemoved,
    ThenAdded,
    ThenRemoved,
    ElseAdded,
    ElseRemoved,

    /// <summary>A <c>const</c> appeared where neither <c>const</c> nor <c>enum</c> restricted the value.</summary>
    ConstAdded,
    ConstRemoved,
    ConstChanged,
    ContentEncodingChanged,
    ContentMediaTypeChanged,
    ContentSchemaAdded,
    ContentSchemaRemoved,

    /// <summary>A <c>dependentRequired</c> entry appeared: with that property present, others must now come too.</summary>
    DependentRequiredAdded,
    DependentRequiredRemoved,
    DependentRequiredChanged,
    DependentSchemaAdded,
    DependentSchemaRemoved,

    /// <summary>A <c>prefixItems</c> position gained a schema (<see cref="Change.After"/> names it).</summary>
    PrefixItemsAdded,
    PrefixItemsRemoved,
    PropertyNamesAdded,
    PropertyNamesRemoved,
    PatternPropertyAdded,
    PatternPropertyRemoved,
    UnevaluatedItemsAdded,
    UnevaluatedItemsRemoved,
    UnevaluatedPropertiesAdded,
    UnevaluatedPropertiesRemoved,

    /// <summary>A 3.1 <c>type</c> array gained types (every old type is still allowed).</summary>
    ListOfTypesWidened,

    /// <summary>A 3.1 <c>type</c> array lost types (every new type was allowed before).</summary>
    ListOfTypesNarrowed,

    /// <summary>A discriminator value kept its place in the mapping but now selects another schema.</summary>
    DiscriminatorMappingChanged,

    /// <summary>A media type that declared no schema (any body) now declares one.</summary>
    MediaTypeSchemaAdded,

    /// <summary>A media type's schema was dropped: the body may be anything.</summary>
    MediaTypeSchemaRemoved,

    /// <summary>A response media type became a range that covers it (<c>application/json</c> → <c>application/*</c>).</summary>
    MediaTypeGeneralized,

    /// <summary>A property's own <c>x-stability-level</c> changed (draft, alpha, beta, stable; one that declares none is stable).</summary>
    PropertyStabilityChanged,

    /// <summary>A response media type range became one media type within it (<c>application/*</c> → <c>application/json</c>).</summary>
    MediaTypeSpecialized,
}

/// <summary>
/// One difference between base and revision.
/// <para><see cref="Operation"/> is "GET /path" (or "components" for document-level changes);
/// <see cref="JsonPath"/> is where in the payload or request it is ("$[*].roles", "query.username");
/// <see cref="Location"/> is the JSON pointer of the spec element in the revision (or the base, when removed).</para>
/// </summary>
public sealed record Change(ChangeKind Kind, Area Area, string Operation, string JsonPath, string Location)
{
    public string? Before { get; init; }

    public string? After { get; init; }

    /// <summary>The parameter, property, header or body was required (base side for removals).</summary>
    public bool Required { get; init; }

    /// <summary>The operation (or parameter) was deprecated in the base.</summary>
    public bool Deprecated { get; init; }

    /// <summary>The base's sunset date (yyyy-MM-dd), when one was declared.</summary>
    public string? Sunset { get; init; }

    /// <summary>The response status of a response-area change ("200", "4XX", "default").</summary>
    public string? Status { get; init; }

    /// <summary>
    /// Where the change lies when it lies in a shared (named) schema: its pointer and the path inside it
    /// ("#/components/schemas/ApiError $.detail"); null when the change belongs to this operation alone.
    /// </summary>
    public string? Origin { get; init; }

    /// <summary>The operation's <c>x-stability-level</c> in the base (draft, alpha, beta, stable), when it declares one.</summary>
    public string? Stability { get; init; }

    /// <summary>
    /// The change lies in the root schema of a request or response body (<c>application/json $</c>), not in a
    /// property of it: oasdiff's <c>request-body-*</c> / <c>response-body-*</c> rules speak of these.
    /// </summary>
    public bool BodyRoot { get; init; }

    /// <summary>An operation removed with its whole path: no operation is left at that path (oasdiff's <c>api-path-removed-*</c>).</summary>
    public bool PathRemoved { get; init; }

    /// <summary>
    /// The change lies in a property of the schema of a body, a parameter or a header; false at its root and in the
    /// items of its arrays (a parameter's values either way: <c>request-parameter-*</c> against <c>request-parameter-property-*</c>).
    /// </summary>
    public bool InProperty { get; init; }

    /// <summary>The media type of the body a change lies in (null outside bodies): a value in JSON keeps its type, one in text or form data is read as text.</summary>
    public string? MediaType { get; init; }
}
