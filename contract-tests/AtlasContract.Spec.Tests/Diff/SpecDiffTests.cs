using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Slicing;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Diff;

public class SpecDiffTests
{
    private const string Op = "GET /api/atlas/v2/orgs/{orgId}/invites";
    private const string Body = "200 application/vnd.atlas.2023-01-01+json $[*]";
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static SpecDocument V2() => SpecLoader.Load(RepoPaths.V2Spec);

    private static SpecDocument Mutate(Action<JsonObject> change)
    {
        var root = (JsonObject)V2().Root.DeepClone();
        change(root);
        return new SpecDocument("revision.yaml", root);
    }

    private static JsonObject Schema(JsonObject root, string name) => (JsonObject)root["components"]!["schemas"]![name]!;

    private static DiffReport Diff(Action<JsonObject> change, DiffConfig? config = null) =>
        SpecDiff.Compare(V2(), Mutate(change), config, Today);

    [Test]
    public void Compare_SameDocument_HasNoFindings()
    {
        Assert.That(SpecDiff.Compare(V2(), V2(), today: Today).Findings, Is.Empty);
    }

    [Test]
    public void Compare_SchemaRenamed_IsNotAWireChange()
    {
        var report = Diff(root =>
        {
            var schemas = (JsonObject)root["components"]!["schemas"]!;
            var invitation = schemas["OrganizationInvitation"]!;
            schemas.Remove("OrganizationInvitation");
            schemas["PendingInvitation"] = invitation;
            root["paths"]!["/api/atlas/v2/orgs/{orgId}/invites"]!["get"]!["responses"]!["200"]!["content"]!["application/vnd.atlas.2023-01-01+json"]!["schema"]!["items"] =
                new JsonObject { ["$ref"] = "#/components/schemas/PendingInvitation" };
        });

        Assert.That(report.Findings, Is.Empty);
    }

    [Test]
    public void Compare_RefInlined_IsNotAWireChange()
    {
        var report = Diff(root =>
        {
            var invitation = Schema(root, "OrganizationInvitation");
            invitation["properties"]!["groupRoleAssignments"]!["items"] = Schema(root, "GroupRole").DeepClone();
            invitation["properties"]!["links"]!["items"] = Schema(root, "Link").DeepClone();
        });

        Assert.That(report.Findings, Is.Empty);
    }

    [Test]
    public void Compare_SchemaSplitIntoAllOf_IsNotAWireChange()
    {
        var report = Diff(root =>
        {
            var link = Schema(root, "Link");
            var schemas = (JsonObject)root["components"]!["schemas"]!;
            schemas["LinkBase"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["href"] = link["properties"]!["href"]!.DeepClone() } };
            schemas["Link"] = new JsonObject
            {
                ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/LinkBase" }, new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["rel"] = link["properties"]!["rel"]!.DeepClone() } }),
            };
        });

        Assert.That(report.Findings, Is.Empty);
    }

    [Test]
    public void Compare_ResponseFieldRemoved_IsErrNamingOperationAndPath()
    {
        var report = Diff(root => ((JsonObject)Schema(root, "OrganizationInvitation")["properties"]!).Remove("username"));

        var finding = report.Findings.Single();
        Assert.That(finding.RuleId, Is.EqualTo("response-optional-property-removed"));
        Assert.That(finding.Level, Is.EqualTo(Level.Err));
        Assert.That(finding.Operation, Is.EqualTo(Op));
        Assert.That(finding.JsonPath, Is.EqualTo(Body + ".username"));
        Assert.That(finding.Message, Does.Contain(Op).And.Contain("$[*].username"));
        Assert.That(report.Fails(Level.Err), Is.True);
    }

    [Test]
    public void Compare_NestedFieldRetyped_IsErrAtTheNestedPath()
    {
        var report = Diff(root => Schema(root, "GroupRole")["properties"]!["groupId"]!["type"] = "integer");

        var finding = report.Findings.Single();
        Assert.That(finding.RuleId, Is.EqualTo("response-property-type-changed"));
        Assert.That(finding.JsonPath, Is.EqualTo(Body + ".groupRoleAssignments[*].groupId"));
    }

    [Test]
    public void Compare_NewRoleEnumValue_IsWarnForStrictClients()
    {
        var report = Diff(root => ((JsonArray)Schema(root, "OrganizationInvitation")["properties"]!["roles"]!["items"]!["enum"]!).Add("ORG_NEW_ROLE"));

        var finding = report.Findings.Single();
        Assert.That(finding.RuleId, Is.EqualTo("response-property-enum-value-added"));
        Assert.That(finding.Level, Is.EqualTo(Level.Warn));
        Assert.That(finding.JsonPath, Is.EqualTo(Body + ".roles[*]"));
        Assert.That(report.Fails(Level.Err), Is.False);
        Assert.That(report.Fails(Level.Warn), Is.True);
    }

    [Test]
    public void Compare_VendorMediaTypeVersionRemoved_IsErr()
    {
        var report = Diff(root =>
        {
            var content = (JsonObject)root["paths"]!["/api/atlas/v2/orgs/{orgId}/invites"]!["get"]!["responses"]!["200"]!["content"]!;
            var media = content["application/vnd.atlas.2023-01-01+json"]!;
            content.Remove("application/vnd.atlas.2023-01-01+json");
            content["application/vnd.atlas.2025-01-01+json"] = media;
        });

        Assert.That(report.Findings.Select(f => (f.RuleId, f.Level)), Is.EquivalentTo(new[]
        {
            ("response-media-type-removed-before-sunset", Level.Err),
            ("response-media-type-added", Level.Info),
        }));
        Assert.That(report.Findings.First().Message, Does.Contain("application/vnd.atlas.2023-01-01+json"));
    }

    [Test]
    public void Compare_DescriptionsAndExamplesOnly_HasNoFindings()
    {
        var report = Diff(root =>
        {
            Schema(root, "OrganizationInvitation")["properties"]!["username"]!["description"] = "Reworded.";
            Schema(root, "Link")["properties"]!["href"]!["example"] = "https://example.com";
        });

        Assert.That(report.Findings, Is.Empty);
    }

    [Test]
    public void Compare_LevelOverriddenInConfig_UsesTheConfiguredLevel()
    {
        var config = DiffConfig.From(JsonNode.Parse("""{"levels":{"response-property-enum-value-added":"ERR"}}""")!.AsObject(), "gate.json");

        var report = Diff(root => ((JsonArray)Schema(root, "OrganizationInvitation")["properties"]!["roles"]!["items"]!["enum"]!).Add("ORG_X"), config);

        Assert.That(report.Findings.Single().Level, Is.EqualTo(Level.Err));
    }

    [Test]
    public void Compare_AllowListedBreak_IsReportedButDoesNotFail()
    {
        var config = DiffConfig.From(JsonNode.Parse($$"""
            {"allow":[{"rule":"response-optional-property-removed","operation":"{{Op}}","path":"{{Body}}.teamIds","reason":"no consumer reads teamIds","expires":"2027-01-31"}]}
            """)!.AsObject(), "gate.json");

        var report = Diff(root => ((JsonObject)Schema(root, "OrganizationInvitation")["properties"]!).Remove("teamIds"), config);

        Assert.That(report.Findings.Single().AllowedBecause, Is.EqualTo("no consumer reads teamIds"));
        Assert.That(report.Fails(Level.Err), Is.False);
    }

    [Test]
    public void Compare_ExpiredAllowance_NoLongerApplies()
    {
        var config = DiffConfig.From(JsonNode.Parse("""
            {"allow":[{"rule":"response-optional-property-removed","reason":"temporary","expires":"2026-01-01"}]}
            """)!.AsObject(), "gate.json");

        var report = Diff(root => ((JsonObject)Schema(root, "OrganizationInvitation")["properties"]!).Remove("teamIds"), config);

        Assert.That(report.Fails(Level.Err), Is.True);
        Assert.That(report.ExpiredAllowances.Single().Reason, Is.EqualTo("temporary"));
    }

    [Test]
    public void From_OldRuleIdInLevelsAndAllow_MapsToTheNewIdWithANoticeNamingIt()
    {
        const string json = """{"levels":{"response-discriminator-mapping-added":"ERR"},"allow":[{"rule":"security-scheme-type-changed","reason":"moving to OAuth"}]}""";

        var config = DiffConfig.From(JsonNode.Parse(json)!.AsObject(), "gate.json");

        Assert.That(config.Levels.Keys, Is.EqualTo(new[] { "response-property-discriminator-mapping-added" }));
        Assert.That(config.Allow.Single().Rule, Is.EqualTo("api-security-component-type-changed"));
        Assert.That(config.Notices, Is.EqualTo(new[]
        {
            "gate.json: levels: rule id 'response-discriminator-mapping-added' is now 'response-property-discriminator-mapping-added' (oasdiff's id); the old id still works, rename it when convenient",
            "gate.json: allow[0]: rule id 'security-scheme-type-changed' is now 'api-security-component-type-changed' (oasdiff's id); the old id still works, rename it when convenient",
        }));
    }

    [Test]
    public void From_FamilyRuleInLevelsAndAllow_CoversTheRulesSplitFromIt()
    {
        const string json = """{"levels":{"request-property-constraint-tightened":"WARN","request-property-max-length-decreased":"INFO"},"allow":[{"rule":"response-property-constraint-loosened","reason":"we read them as text"}]}""";

        var config = DiffConfig.From(JsonNode.Parse(json)!.AsObject(), "gate.json");

        Assert.That(config.Levels.Keys, Is.EquivalentTo(new[] { "request-property-constraint-tightened", "request-property-max-length-decreased" }), "the levels as written");
        Assert.That(LevelOf(config, "request-property-min-length-increased"), Is.EqualTo(Level.Warn));
        Assert.That(LevelOf(config, "request-property-max-length-decreased"), Is.EqualTo(Level.Info), "a split rule named itself keeps its own level");
        Assert.That(LevelOf(config, "request-body-max-length-decreased"), Is.EqualTo(Level.Info), "split from a split rule: the nearest named family wins");
        Assert.That(LevelOf(config, "request-body-min-length-increased"), Is.EqualTo(Level.Warn), "split from a split rule of the named family");
        Assert.That(LevelOf(config, "request-property-max-length-increased"), Is.EqualTo(Level.Info), "a loosening is not in the tightened family");
        var allow = config.Allow.Single();
        Assert.That(allow.Covers(FindingOf("response-property-constraint-loosened")) && allow.Covers(FindingOf("response-property-max-length-increased")), Is.True);
        Assert.That(allow.Covers(FindingOf("response-body-max-length-increased")), Is.True, "the body-root rule split from a split rule");
        Assert.That(allow.Covers(FindingOf("response-property-max-contains-decreased")), Is.False, "a tightening is not in the loosened family");
    }

    private static Level LevelOf(DiffConfig config, string id) => config.LevelOf(RuleCatalogue.Find(id)!);

    private static Finding FindingOf(string id) => new(id, Level.Err, "GET /x", "$", "#/paths/~1x/get", "m");

    [Test]
    public void From_OldRuleIdSplitInTwo_CoversBothWithANoticeNamingThem()
    {
        const string json = """{"levels":{"request-property-became-read-only":"WARN"},"allow":[{"rule":"response-property-became-write-only","reason":"moved to the audit endpoint"}]}""";

        var config = DiffConfig.From(JsonNode.Parse(json)!.AsObject(), "gate.json");

        Assert.That(config.Levels.Keys, Is.EquivalentTo(new[] { "request-required-property-became-read-only", "request-optional-property-became-read-only" }));
        Assert.That(config.Allow.Select(a => a.Rule), Is.EquivalentTo(new[] { "response-required-property-became-write-only", "response-optional-property-became-write-only" }));
        Assert.That(config.Notices[0], Is.EqualTo("gate.json: levels: rule id 'request-property-became-read-only' is now 'request-required-property-became-read-only' and 'request-optional-property-became-read-only' (oasdiff's ids); the old id still works, rename it when convenient"));
    }

    [Test]
    public void From_FamilyOfANewPathParameter_CoversIt()
    {
        var config = DiffConfig.From(JsonNode.Parse("""{"levels":{"new-required-request-parameter":"WARN"}}""")!.AsObject(), "gate.json");

        Assert.That(LevelOf(config, "new-request-path-parameter"), Is.EqualTo(Level.Warn), "path parameters were new-required-request-parameter before they took oasdiff's id");
    }

    [Test]
    public void From_OldIdOfARenamedRule_CoversTheRenamedRuleAndItsPathSplit()
    {
        const string json = """{"allow":[{"rule":"api-removed-without-sunset","reason":"announced by mail"}]}""";

        var config = DiffConfig.From(JsonNode.Parse(json)!.AsObject(), "gate.json");

        var allow = config.Allow.Single();
        Assert.That(allow.Covers(FindingOf("api-removed-with-deprecation")) && allow.Covers(FindingOf("api-path-removed-with-deprecation")), Is.True);
        Assert.That(config.Notices.Single(), Does.Contain("'api-removed-without-sunset' is now 'api-removed-with-deprecation'"));
    }

    [Test]
    public void From_GenericIdOfAJsonSchemaKeyword_CoversItsNewIds()
    {
        var config = DiffConfig.From(JsonNode.Parse("""{"levels":{"request-property-type-changed":"WARN"}}""")!.AsObject(), "gate.json");

        Assert.That(LevelOf(config, "request-property-contains-added"), Is.EqualTo(Level.Warn), "a contains that appeared was request-property-type-changed before");
        Assert.That(LevelOf(config, "request-body-contains-added"), Is.EqualTo(Level.Warn), "its body-root split too");
        Assert.That(LevelOf(config, "request-property-if-added"), Is.EqualTo(Level.Err), "an if alone was not reported before: no family");
    }

    [Test]
    public void Aliases_EachOldIdIsGoneAndPointsToARule()
    {
        Assert.That(RuleCatalogue.Aliases.Keys.Where(old => RuleCatalogue.Find(old) is not null), Is.Empty, "an alias shadows a live rule");
        Assert.That(RuleCatalogue.Aliases.Values.SelectMany(ids => ids).Where(id => RuleCatalogue.Find(id) is null), Is.Empty, "an alias names no rule");
    }

    [TestCase("""{"levels":{"no-such-rule":"ERR"}}""", "unknown rule id 'no-such-rule'")]
    [TestCase("""{"levels":{"endpoint-added":"FATAL"}}""", "'FATAL' is not ERR, WARN or INFO")]
    [TestCase("""{"allow":[{"rule":"endpoint-added"}]}""", "allow[0]: 'reason' is missing")]
    [TestCase("""{"allow":[{"rule":"endpoint-added","reason":"r","expires":"soon"}]}""", "'soon' is not a yyyy-MM-dd date")]
    [TestCase("""{"ignore":[]}""", "unknown key 'ignore'")]
    public void From_BadConfig_FailsNamingTheProblem(string json, string expected)
    {
        var ex = Assert.Throws<SpecLoadException>(() => DiffConfig.From(JsonNode.Parse(json)!.AsObject(), "gate.json"));

        Assert.That(ex!.Message, Does.StartWith("gate.json: ").And.Contain(expected));
    }

    [Test]
    public void Compare_CyclicSchemas_Terminates()
    {
        const string yaml = Documents.Cyclic;
        var revised = yaml.Replace("name: { type: string }", "name: { type: integer }", StringComparison.Ordinal);

        var report = SpecDiff.Compare(SpecLoader.Parse(yaml, "a.yaml"), SpecLoader.Parse(revised, "b.yaml"), today: Today);

        Assert.That(report.Findings.Select(f => (f.RuleId, f.JsonPath)), Is.EqualTo(new[] { ("response-property-type-changed", "200 application/json $.name") }));
    }

    public static IEnumerable<TestCaseData> ConsecutiveRevisions()
    {
        yield return new TestCaseData("2025-03-18", "listOrganizationInvitations", "2025-10-08", new[]
        {
            "WARN response-property-enum-value-added 200 application/vnd.atlas.2023-01-01+json $[*].roles[*]",
            "INFO api-operation-id-changed",
            "INFO response-non-success-status-added",
        }).SetName("Compare_ListOrgInvitesFrom2025_03_18To2025_10_08_FindsTheNewRoleAndTheRename");
        var nullableErrors = from status in new[] { "400", "401", "403", "404", "500" }
                             from field in new[] { "badRequestDetail", "detail", "reason" }
                             select $"WARN response-optional-property-became-nullable {status} application/json $.{field}";
        yield return new TestCaseData("2025-10-08", "listOrgInvites", "2026-07-31", nullableErrors.Concat(new[]
        {
            "WARN response-property-enum-constraint-removed 200 application/vnd.atlas.2023-01-01+json $[*].groupRoleAssignments[*].groupRole",
            "INFO api-sunset-date-changed 200 application/vnd.atlas.2023-01-01+json",
            "INFO response-header-added 200 header RateLimit-Limit",
            "INFO response-header-added 200 header RateLimit-Remaining",
            "INFO response-non-success-status-added",
        }).ToArray()).SetName("Compare_ListOrgInvitesFrom2025_10_08To2026_07_31_FindsNullableErrorsAndTheLaterSunset");
        yield return new TestCaseData("2026-07-31", "listOrgInvites", "2026-08-21", Array.Empty<string>())
            .SetName("Compare_ListOrgInvitesFrom2026_07_31To2026_08_21_IsSilent");
    }

    [TestCaseSource(nameof(ConsecutiveRevisions))]
    public void Compare_SlicesOfConsecutiveRealRevisions_ReportTheRealChanges(string from, string fromId, string to, string[] expected)
    {
        var before = SpecSlicer.Slice(SpecLoader.Load(RepoPaths.AtlasSpec(from)), fromId);
        var after = SpecSlicer.Slice(SpecLoader.Load(RepoPaths.AtlasSpec(to)), "listOrgInvites");

        var report = SpecDiff.Compare(before, after, today: Today);

        var found = report.Findings.Select(f => $"{f.Level.Name()} {f.RuleId} {f.JsonPath}".TrimEnd()).ToList();
        Assert.That(found, Is.EquivalentTo(expected), $"found:\n{string.Join("\n", found)}");
        Assert.That(report.Findings, Has.All.Property(nameof(Finding.Operation)).EqualTo(Op));
    }

    [Test]
    public void Compare_WholeRealRevisions_FindsBreaksWithOperationAndPath()
    {
        var before = SpecLoader.Load(RepoPaths.AtlasSpec("2026-07-31"));
        var after = SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21"));

        var report = SpecDiff.Compare(before, after, today: Today);

        Assert.That(report.Findings.Count(f => f.RuleId == "endpoint-added"), Is.EqualTo(27), "2026-08-21 adds 27 operations (540 - 513)");
        Assert.That(report.Groups.Where(g => g.Level == Level.Err).Select(g => $"{g.RuleId} {g.Where}"), Is.EquivalentTo(new[]
        {
            "new-required-request-property #/components/schemas/MetricIntegrationRequest $.authType",
            "new-required-request-property #/components/schemas/MetricIntegrationUpdateRequest $.authType",
            "request-body-media-type-removed request media type application/vnd.atlas.preview+json is no longer accepted.",
            "request-body-discriminator-mapping-deleted #/components/schemas/StreamsFailoverConnection $",
            "request-optional-property-became-read-only #/components/schemas/AdvancedClusterDescription $.mongoDBEmployeeAccessGrant",
            "request-optional-property-became-read-only #/components/schemas/AtlasTenantClusterUpgradeRequest20240805 $.mongoDBEmployeeAccessGrant",
            "request-optional-property-became-read-only #/components/schemas/ClusterDescription20240805 $.mongoDBEmployeeAccessGrant",
            "request-optional-property-became-read-only #/components/schemas/LegacyAtlasCluster $.mongoDBEmployeeAccessGrant",
            "request-optional-property-became-read-only #/components/schemas/LegacyAtlasTenantClusterUpgradeRequest $.mongoDBEmployeeAccessGrant",
            "request-property-enum-value-removed #/components/schemas/StreamsFailoverConnection $.type",
            "request-body-one-of-removed #/components/schemas/StreamsFailoverConnection $",
            "response-media-type-removed response 200 media type application/vnd.atlas.preview+json was removed (it had no sunset date).",
            "response-optional-property-removed #/components/schemas/EnvelopedDropIndexSuggestionsResponse $.hiddenIndexes",
            "response-optional-property-removed #/components/schemas/EnvelopedDropIndexSuggestionsResponse $.redundantIndexes",
            "response-optional-property-removed #/components/schemas/EnvelopedDropIndexSuggestionsResponse $.unusedIndexes",
            "response-optional-property-removed #/components/schemas/EnvelopedPerformanceAdvisorResponse $.shapes",
            "response-optional-property-removed #/components/schemas/EnvelopedPerformanceAdvisorResponse $.suggestedIndexes",
            "response-optional-property-removed #/components/schemas/EnvelopedSchemaAdvisorResponse $.recommendations",
            "response-required-property-became-write-only #/components/schemas/Header $.value",
            "response-required-property-removed #/components/schemas/MetricIntegrationResponse $.headers",
        }));
        var removed = report.Findings.Where(f => f.RuleId == "response-optional-property-removed" && f.JsonPath.EndsWith(".hiddenIndexes", StringComparison.Ordinal));
        Assert.That(removed.Select(f => (f.Operation, f.JsonPath)), Is.EqualTo(new[]
        {
            ("GET /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/performanceAdvisor/dropIndexSuggestions", "200 application/vnd.atlas.2024-08-05+json $.hiddenIndexes"),
        }));
        Assert.That(report.Findings.Where(f => f.Level == Level.Err), Has.All.Property(nameof(Finding.JsonPath)).StartsWith("$").Or.Property(nameof(Finding.JsonPath)).Contains(" $"));
        var paths = after.Paths.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.That(report.Findings.Where(f => f.Level == Level.Err).Select(f => f.Operation[(f.Operation.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Distinct(), Is.SubsetOf(paths));
    }

    [TestCase("2025-03-18", "2025-10-08")]
    [TestCase("2025-10-08", "2026-07-31")]
    [TestCase("2026-07-31", "2026-08-21")]
    public void Changes_OfConsecutiveRealRevisions_AreEachClassifiedByExactlyOneRule(string from, string to)
    {
        var context = new RuleContext(Today);

        var changes = SpecDiff.Changes(SpecLoader.Load(RepoPaths.AtlasSpec(from)), SpecLoader.Load(RepoPaths.AtlasSpec(to)));

        // Every rule of the whole catalogue is asked, not only those indexed under the change's kind: an index that
        // hides a second matching rule would fail here.
        var wrong = changes
            .Select(c => (Change: c, Rules: RuleCatalogue.All.Where(r => r.Matches(c, context)).ToList()))
            .Where(p => p.Rules.Count != 1 || !p.Rules[0].On.Contains(p.Change.Kind))
            .Select(p => $"{p.Change.Kind} {p.Change.Area} {p.Change.Operation} {p.Change.JsonPath}: [{string.Join(", ", p.Rules.Select(r => r.Id))}]")
            .Distinct()
            .Take(20);
        Assert.That(changes, Is.Not.Empty);
        Assert.That(wrong, Is.Empty);
    }
}
