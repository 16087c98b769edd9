using System.Reflection;
using Snapshooter.NUnit;

namespace AtlasContract.Client.Tests;

/// <summary>What downstream teams compile against: any change to it shows up as a snapshot diff in review.</summary>
public class PublicApiSurfaceTests
{
    [Test]
    public void PublicApi_ClientAssembly_MatchesSnapshot()
    {
        var surface = PublicApiSurface.Describe(typeof(OrganizationRole).Assembly);

        Snapshot.Match(surface);
    }
}
