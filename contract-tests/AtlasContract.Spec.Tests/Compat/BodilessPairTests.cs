using AtlasContract.Spec.Compat;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Compat;

/// <summary>Pairs where a side has no response body (204 deletes): what is compared instead is compared, and said.</summary>
public class BodilessPairTests
{
    private static SpecDocument Spec(string path, string id, string status, string content = "", string idType = "string") => SpecLoader.Parse($$"""
        openapi: 3.0.1
        info: { title: t, version: "1" }
        paths:
          {{path}}:
            delete:
              operationId: {{id}}
              parameters:
                - { name: orgId, in: path, required: true, schema: { type: string } }
                - { name: {{path[(path.LastIndexOf('{') + 1)..^1]}}, in: path, required: true, schema: { type: {{idType}} } }
              responses:
                "{{status}}":
                  description: done{{content}}
        """, id + ".yaml");

    private const string Body = """

                  content:
                    application/json:
                      schema: { type: object, properties: { id: { type: string } } }
        """;

    private static SpecDocument Invites(string status = "204", string content = "") => Spec("/orgs/{orgId}/invites/{invitationId}", "deleteOrgInvite", status, content);

    /// <summary>As Atlas declares a 204: a versioned media type with no schema.</summary>
    private const string NoSchema = """

                  content:
                    application/vnd.atlas.2025-02-19+json: { x-xgen-version: "2025-02-19" }
        """;

    private static SpecDocument Users(string status = "204", string idType = "string") => Spec("/orgs/{orgId}/users/{userId}", "removeOrgUser", status, NoSchema, idType);

    private static CompatReport Check(SpecDocument old, SpecDocument now) => CompatChecker.Check(old, now, new CompatOptions("deleteOrgInvite", "removeOrgUser"));

    [Test]
    public void Check_NoBodyOnEitherSide_ComparesStatusAndPathParametersAndSaysSo()
    {
        var report = Check(Invites(), Users());

        Assert.That(report.Compatible, Is.True, string.Join("\n", report.Rows));
        Assert.That(report.Compared, Is.EqualTo("no response body on either side: compared the status and 2 -> 2 path parameters"));
        Assert.That(report.Rows.Select(r => r.ToString()), Is.EqualTo(new[]
        {
            "compatible status: 204 -> 204",
            "compatible path {orgId}: string -> string",
            "meaning-changed path {invitationId}: string -> string at path {userId}  (the value in its place is now {userId})",
        }));
    }

    [Test]
    public void Check_AnotherSuccessStatus_ReportedAsMeaningChangedNotABreak()
    {
        var report = Check(Invites(), Users(status: "200"));

        Assert.That(report.Compatible, Is.True);
        Assert.That(report.Rows[0].ToString(), Is.EqualTo("meaning-changed status: 204 -> 200  (success is 200, was 204)"));
    }

    [Test]
    public void Check_PathParameterRetyped_Breaks()
    {
        var report = Check(Invites(), Users(idType: "integer"));

        Assert.That(report.Rows.Single(r => r.Breaks).ToString(), Does.StartWith("retyped    path {invitationId}: string -> integer"));
    }

    [Test]
    public void Check_OldBodyGoneInNew_BreaksAtTheRoot()
    {
        var report = Check(Invites(status: "200", content: Body), Users());

        Assert.That(report.Compared, Does.StartWith("no new response body"));
        Assert.That(report.Rows.Single(r => r.Breaks).Path, Is.EqualTo("$"));
    }
}
