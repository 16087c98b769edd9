namespace AtlasContract.Codegen.Tests.Transform;

public class ReadOnlyResponseModelsTests
{
    private const string Code = """
        namespace N
        {
            public partial interface IXClient
            {
                System.Threading.Tasks.Task<Page> ListAsync(string orgId, CreateRequest body, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken));
            }

            public partial class XClient : AtlasContract.Client.AtlasClientBase, IXClient
            {
            }

            public partial class Page
            {
                public System.Collections.Generic.ICollection<Item> Results { get; set; } = new System.Collections.ObjectModel.Collection<Item>();

                public System.Collections.Generic.IDictionary<string, Item>? ByName { get; set; }

                [Newtonsoft.Json.JsonExtensionData]
                public System.Collections.Generic.IDictionary<string, object> AdditionalProperties
                {
                    get { return _additionalProperties ?? (_additionalProperties = new System.Collections.Generic.Dictionary<string, object>()); }
                    set { _additionalProperties = value; }
                }
            }

            public partial class Item
            {
                public System.Collections.Generic.ICollection<System.Collections.Generic.ICollection<string>>? Tags { get; set; }

                public System.Collections.Generic.ICollection<System.Collections.Generic.IDictionary<string, object>> Pipeline { get; set; } = new System.Collections.ObjectModel.Collection<System.Collections.Generic.IDictionary<string, object>>();
            }

            public partial class CreateRequest
            {
                public Shared? Shared { get; set; }
            }

            public partial class Shared
            {
                public System.Collections.Generic.ICollection<string>? Roles { get; set; }
            }

            public partial class Shared
            {
                public static Shared From(Variant value) => new Shared();
            }

            public partial class Variant
            {
                public System.Collections.Generic.ICollection<string>? Names { get; set; }
            }

            public partial class SharedVariant : Shared
            {
                public System.Collections.Generic.ICollection<string>? Extra { get; set; }
            }
        }
        """;

    [Test]
    public void Apply_ModelOnlyInResponses_CollectionsBecomeReadOnly()
    {
        var code = ReadOnlyResponseModels.Apply(Code);

        Assert.That(code, Does.Contain("public System.Collections.Generic.IReadOnlyList<Item> Results { get; set; } = new System.Collections.ObjectModel.Collection<Item>();"));
        Assert.That(code, Does.Contain("public System.Collections.Generic.IReadOnlyDictionary<string, Item>? ByName { get; set; }"));
        Assert.That(code, Does.Contain("public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.IReadOnlyList<string>>? Tags { get; set; }"));
    }

    [Test]
    public void Apply_InitializedNestedCollection_InitializerTypeArgumentsFollow()
    {
        // The whole-API job found it (Streams, 37 operations): the property became IReadOnlyList<IReadOnlyDictionary<…>>
        // while its initializer stayed Collection<IDictionary<…>>, which does not convert (CS0266).
        var code = ReadOnlyResponseModels.Apply(Code);

        Assert.That(code, Does.Contain("public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.IReadOnlyDictionary<string, object>> Pipeline { get; set; } = new System.Collections.ObjectModel.Collection<System.Collections.Generic.IReadOnlyDictionary<string, object>>();"));
    }

    [Test]
    public void Apply_ExtensionData_StaysADictionary()
    {
        Assert.That(ReadOnlyResponseModels.Apply(Code), Does.Contain("public System.Collections.Generic.IDictionary<string, object> AdditionalProperties"));
    }

    [Test]
    public void Apply_ModelAMethodTakesOrReachesThroughPropertiesOrSubclasses_KeepsSettableCollections()
    {
        var code = ReadOnlyResponseModels.Apply(Code);

        Assert.That(code, Does.Contain("public System.Collections.Generic.ICollection<string>? Roles { get; set; }"), "reached through CreateRequest.Shared");
        Assert.That(code, Does.Contain("public System.Collections.Generic.ICollection<string>? Extra { get; set; }"), "a subclass of a request model can be sent");
        Assert.That(code, Does.Contain("public System.Collections.Generic.ICollection<string>? Names { get; set; }"), "a variant of a request union is sent through From");
    }

    [Test]
    public void Apply_NoClientInterface_EveryModelReadOnly()
    {
        var code = ReadOnlyResponseModels.Apply(Code.Replace("CreateRequest body, ", string.Empty, StringComparison.Ordinal));

        Assert.That(code, Does.Contain("IReadOnlyList<string>? Roles").And.Contain("IReadOnlyList<string>? Extra"));
    }
}
