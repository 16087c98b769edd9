using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.PactCheck;

/// <summary>What the pact-check suites share: the v2 fragment's names, and one-operation documents.</summary>
internal static class PactCheckSpecs
{
    public const string OrgId = "32b6e34b3d91647abb20e7b8";
    public const string V2Media = "application/vnd.atlas.2023-01-01+json";
    public const string V2Where = "GET /api/atlas/v2/orgs/{orgId}/invites";

    /// <summary>Credentials of the scheme the Atlas fragments accept (ServiceAccounts, OAuth2): a placeholder.</summary>
    public const string Bearer = "Bearer <token>";

    /// <summary>
    /// A document whose only operation is <c>GET <paramref name="path"/></c>, answering 200 application/json
    /// with <paramref name="schema"/>; both it and <paramref name="schemas"/> (components) in YAML flow style.
    /// </summary>
    public static SpecDocument OneGet(string path, string schema, string schemas = "{}") => SpecLoader.Parse(
        $$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths: { '{{path}}': { get: { responses: { '200': { description: ok, content: { application/json: { schema: {{Indent(schema)}} } } } } } } }
        components: { schemas: {{Indent(schemas)}} }
        """,
        path.Trim('/') + ".yaml");

    /// <summary>A document whose only operation is <c>POST <paramref name="path"/></c>, taking a JSON <paramref name="schema"/> body (required) and answering 201.</summary>
    public static SpecDocument OnePost(string path, string schema, string schemas = "{}", string media = "application/json") => SpecLoader.Parse(
        $$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths: { '{{path}}': { post: { requestBody: { required: true, content: { '{{media}}': { schema: {{Indent(schema)}} } } }, responses: { '201': { description: created } } } } }
        components: { schemas: {{Indent(schemas)}} }
        """,
        path.Trim('/') + ".yaml");

    /// <summary>Continuation lines of a flow value must be indented under their key.</summary>
    private static string Indent(string flow) => flow.ReplaceLineEndings("\n  ");
}
