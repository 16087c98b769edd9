namespace AtlasContract.Codegen.Tests.Emit;

public class PlanEmitterTests
{
    [Test]
    public void Emit_ValuesThatClashWithMembersOrEachOther_GetUniqueMemberNames()
    {
        var plan = new CodegenPlan { ExtensibleTypes = [new ExtensibleType("Region", ["us-east-1", "US_EAST_1", "Value", "Known"], null)] };

        var code = PlanEmitter.Emit(plan, "N");

        Assert.That(code, Does.Contain("public static Region UsEast1 { get; } = new(\"us-east-1\");"));
        Assert.That(code, Does.Contain("public static Region UsEast12 { get; } = new(\"US_EAST_1\");"));
        Assert.That(code, Does.Contain("public static Region ValueValue { get; } = new(\"Value\");"));
        Assert.That(code, Does.Contain("public static Region KnownValue { get; } = new(\"Known\");"));
    }

    [Test]
    public void Emit_Union_OneAccessorAndFactoryPerVariant()
    {
        var code = PlanEmitter.Emit(new CodegenPlan { Unions = [new UnionType("Spec", ["Aws", "Gcp"])] }, "N");

        Assert.That(code, Does.Contain("public Aws AsAws()").And.Contain("public Gcp AsGcp()"));
        Assert.That(code, Does.Contain("public static Spec From(Aws value)").And.Contain("public static Spec From(Gcp value)"));
    }

    [Test]
    public void Emit_NothingPlanned_Nothing()
    {
        Assert.That(PlanEmitter.Emit(new CodegenPlan(), "N"), Is.Empty);
    }

    [Test]
    public void Emit_Registration_OneMethodPerClientAndAllInAddAtlasClients()
    {
        var code = RegistrationEmitter.Emit([("A.V2", "AtlasXClient"), ("A.V3", "AtlasYClient")]);

        Assert.That(code, Does.Contain("AddAtlasXClient(this").And.Contain("AddAtlasYClient(this"));
        Assert.That(code, Does.Contain("AddAtlasXClient(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, string name,"), "a named overload per client");
        Assert.That(code, Does.Contain("RegisterAtlasXClient(services, name, configureHttpClient);\n            RegisterAtlasYClient(services, name, configureHttpClient);"));
    }

    [Test]
    public void Explain_NSwagLog_TheExceptionLine()
    {
        var log = Path.Combine(Directory.CreateTempSubdirectory("atlas-explain-").FullName, "n.log");
        File.WriteAllLines(log, ["NSwag command line tool", "Executing file 'x.nswag'...", "System.ArgumentException: The baseTypeName 'A' cannot equal typeName. (Parameter 'typeName')", "   at NJsonSchema.X()"]);

        Assert.That(Pipeline.Explain(log), Is.EqualTo("System.ArgumentException: The baseTypeName 'A' cannot equal typeName. (Parameter 'typeName')"));
    }
}
