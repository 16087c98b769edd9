using static AtlasContract.Codegen.Tests.Emit.PagingFixtures;

namespace AtlasContract.Codegen.Tests.Emit;

public class PageableEmitterTests
{
    private const string Declaration = "        System.Threading.Tasks.Task<AtlasContract.Client.AtlasResponse<PaginatedWidgetView>> ListWidgetsWithResponseAsync(string groupId, bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null, System.Collections.Generic.IDictionary<string, string>? labels = null, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken));\n";

    /// <summary>The parts of NSwag's output the emitter reads: the interface declaration and the envelope class.</summary>
    private static string Generated(string declaration = Declaration, string envelope = "PaginatedWidgetView", string baseClause = "", string members = Members) => $$"""
        namespace N
        {
            public partial interface IWidgetsClient
            {
        {{declaration}}
            }

            public partial class {{envelope}}{{baseClause}}
            {
        {{members}}
            }
        }
        """;

    private const string Members = """
                [Newtonsoft.Json.JsonProperty("results", Required = Newtonsoft.Json.Required.Always)]
                [System.ComponentModel.DataAnnotations.Required]
                public System.Collections.Generic.ICollection<Widget> Results { get; set; } = new System.Collections.ObjectModel.Collection<Widget>();

                [Newtonsoft.Json.JsonProperty("totalCount", Required = Newtonsoft.Json.Required.DefaultAllowNull, NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]
                public int? TotalCount { get; set; }
        """;

    private static readonly System.Text.Json.Nodes.JsonObject Paged = Fragment($"{PageSize}, {PageNum}, {IncludeCount}", Envelope);

    [Test]
    public void Emit_PagedOperation_InterfaceAndVirtualClassMethodOverItems()
    {
        var result = PageableEmitter.Emit(Paged, Generated(), "N", "WidgetsClient");

        Assert.That(result.Emitted, Is.EqualTo(new[] { "listWidgets" }));
        Assert.That(result.Code, Does.Contain("public partial interface IWidgetsClient").And.Contain("public partial class WidgetsClient"));
        Assert.That(result.Code, Does.Contain("        AtlasContract.Client.Paging.AtlasPageable<Widget> ListWidgetsPageable(string groupId, System.Collections.Generic.IDictionary<string, string>? labels = null, AtlasContract.Client.Paging.AtlasPagingOptions? paging = null, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken));"));
        Assert.That(result.Code, Does.Contain("public virtual AtlasContract.Client.Paging.AtlasPageable<Widget> ListWidgetsPageable("));
    }

    [Test]
    public void Emit_PagedOperation_MapsPagingParametersAndPassesTheRest()
    {
        var code = PageableEmitter.Emit(Paged, Generated(), "N", "WidgetsClient").Code;

        Assert.That(code, Does.Contain("await ListWidgetsWithResponseAsync(groupId, request_.IncludeCountParameter, request_.PageSize, request_.PageNumber, labels, cancellationToken_)"));
        Assert.That(code, Does.Contain("AtlasPage<Widget>.FromResponse(response_, request_, response_.Value.Results, (int?)response_.Value.TotalCount)"));
        Assert.That(code, Does.Contain("}, paging, 50, 200, cancellationToken);"), "the spec's itemsPerPage default and maximum");
    }

    [Test]
    public void Emit_NoTotalCountProperty_PassesNull()
    {
        var members = Members[..Members.IndexOf("[Newtonsoft.Json.JsonProperty(\"totalCount\"", StringComparison.Ordinal)];

        var code = PageableEmitter.Emit(Paged, Generated(members: members), "N", "WidgetsClient").Code;

        Assert.That(code, Does.Contain("response_.Value.Results, null)"));
    }

    [Test]
    public void Emit_ResultsOnTheBaseClass_ItemTypeFromTheBase()
    {
        var generated = Generated(baseClause: " : PagedBase", members: string.Empty) + "\n" + Generated(declaration: string.Empty, envelope: "PagedBase");

        var code = PageableEmitter.Emit(Paged, generated, "N", "WidgetsClient").Code;

        Assert.That(code, Does.Contain("AtlasPageable<Widget> ListWidgetsPageable("));
    }

    [Test]
    public void Emit_DeprecatedOperation_PageableObsoleteWithTheSameMessage()
    {
        var code = PageableEmitter.Emit(Paged, Generated("        [System.Obsolete(\"gone soon\")]\n" + Declaration), "N", "WidgetsClient").Code;

        Assert.That(code.Split("[System.Obsolete(\"gone soon\")]").Length - 1, Is.EqualTo(2), "on the interface and the class method");
    }

    [Test]
    public void Emit_NoWithResponseDeclaration_SkippedWithTheReason()
    {
        var result = PageableEmitter.Emit(Paged, Generated(declaration: string.Empty), "N", "WidgetsClient");

        Assert.That(result.Code, Is.Empty);
        Assert.That(result.Skipped.Single(), Does.StartWith("listWidgets: no WithResponseAsync declaration"));
    }

    [Test]
    public void Emit_NotPaged_Nothing()
    {
        var result = PageableEmitter.Emit(Fragment(PageSize, Envelope), Generated(), "N", "WidgetsClient");

        Assert.That((result.Code, result.Emitted.Count, result.Skipped.Count), Is.EqualTo((string.Empty, 0, 0)));
    }
}
