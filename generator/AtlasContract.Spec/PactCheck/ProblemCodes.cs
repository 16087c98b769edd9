namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// The stable codes of verify-pact's problems, in families <c>part.aspect.kind</c>: the part of the interaction
/// (request path, query, header, body …), then what is wrong with it. Documented in the README's verify-pact section.
/// </summary>
public static class ProblemCodes
{
    /// <summary>No path template of the spec matches the request path, or the path has no such method.</summary>
    public const string PathOrMethodUnknown = "request.path-or-method.unknown";

    /// <summary>A path parameter's value is not one its schema allows (after its style is undone).</summary>
    public const string PathIncompatible = "request.path.incompatible";

    public const string QueryUnknown = "request.query.unknown";

    public const string QueryIncompatible = "request.query.incompatible";

    public const string QueryMissing = "request.query.missing";

    public const string HeaderUnknown = "request.header.unknown";

    public const string HeaderIncompatible = "request.header.incompatible";

    public const string HeaderMissing = "request.header.missing";

    /// <summary>The interaction meets none of the operation's security requirement alternatives.</summary>
    public const string AuthorizationMissing = "request.authorization.missing";

    public const string AcceptIncompatible = "request.accept.incompatible";

    public const string RequestContentTypeIncompatible = "request.content-type.incompatible";

    public const string RequestContentTypeMissing = "request.content-type.missing";

    public const string RequestBodyIncompatible = "request.body.incompatible";

    public const string RequestBodyMissing = "request.body.missing";

    /// <summary>A request body sent to an operation that declares none.</summary>
    public const string RequestBodyUnknown = "request.body.unknown";

    /// <summary>WARN: a request body this check cannot validate (XML, form data without a schema, binary …).</summary>
    public const string RequestBodyUnvalidatable = "request.body.unvalidatable";

    public const string StatusUnknown = "response.status.unknown";

    public const string ResponseHeaderUnknown = "response.header.unknown";

    public const string ResponseHeaderIncompatible = "response.header.incompatible";

    public const string ResponseContentTypeIncompatible = "response.content-type.incompatible";

    public const string ResponseBodyIncompatible = "response.body.incompatible";

    /// <summary>A response body where the spec's response declares no content.</summary>
    public const string ResponseBodyUnknown = "response.body.unknown";

    /// <summary>WARN: a response body this check cannot validate.</summary>
    public const string ResponseBodyUnvalidatable = "response.body.unvalidatable";

    /// <summary>A request matcher admits a value the spec refuses (the consumer may send it).</summary>
    public const string RequestMatcherIncompatible = "request.matcher.incompatible";

    /// <summary>A response matcher or bare example refuses a value the spec allows (the pact fails a correct provider).</summary>
    public const string ResponseMatcherBrittle = "response.matcher.brittle";

    /// <summary>A matcher or rule path this check cannot read: never a pass.</summary>
    public const string Unchecked = "matcher.unchecked";

    /// <summary>WARN: the spec's path template uses syntax OpenAPI does not have (<c>{id*}</c>, <c>{.id}</c>); matched leniently.</summary>
    public const string SpecPathTemplate = "spec.path.template";

    /// <summary>WARN: a known spec defect handled leniently (Atlas's <c>type: object</c> with a <c>oneOf</c> of strings).</summary>
    public const string SpecSchemaLenient = "spec.schema.lenient";
}
