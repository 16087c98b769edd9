using System.Runtime.CompilerServices;
using AtlasContract.Pact.Drivers;
using AtlasContract.Pact.Interop;

namespace AtlasContract.Pact.Tests.Drivers;

/// <summary>Against the real pact_ffi: handles are released by their SafeHandles, and the core log is read only on failure.</summary>
[NonParallelizable]
public class NativeLifetimeTests
{
    private const uint NotFound = 1;

    private static PactModel OneInteraction() => new("lifetime-consumer", "lifetime-provider", [new InteractionModel("a request")]);

    [Test]
    public void Dispose_PactHandle_FreesTheCorePact()
    {
        CoreLog.EnsureStarted();
        var pact = PactSafeHandle.New("c", "p");
        var value = pact.Value;

        pact.Dispose();

        Assert.That(NativeMethods.FreePactHandle(value), Is.EqualTo(NotFound));
    }

    [Test]
    public void Finalize_ForgottenPactHandle_FreesTheCorePact()
    {
        CoreLog.EnsureStarted();
        var value = Forget();

        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.That(NativeMethods.FreePactHandle(value), Is.EqualTo(NotFound));
    }

    [Test]
    public void Dispose_MockServer_ShutsTheCoreServerDown()
    {
        var server = FfiDriver.Instance.Start(OneInteraction());
        var port = server.BaseUri.Port;

        server.Dispose();

        var dir = Directory.CreateTempSubdirectory("pact-lifetime-").FullName;
        try
        {
            Assert.That(NativeMethods.WritePactFile(port, dir, overwrite: false), Is.EqualTo(3), "the core still has a mock server on that port");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task Start_SuccessfulPacts_NeverReadTheCoreLog()
    {
        var before = CoreLog.Reads;
        var dir = Directory.CreateTempSubdirectory("pact-lifetime-").FullName;
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var pact = new PactBuilder("lifetime-consumer", "lifetime-provider", dir);
                pact.UponReceiving($"request {i}").WithRequest("GET", $"/r{i}").WillRespond().WithStatus(204);
                await pact.VerifyAsync(async uri =>
                {
                    using var http = new HttpClient { BaseAddress = uri };
                    await http.GetAsync($"/r{i}");
                });
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Assert.That(CoreLog.Reads, Is.EqualTo(before));
    }

    [Test]
    public async Task Check_Refusal_AttachesWhatTheCoreLoggedSinceTheLastReadOnce()
    {
        CoreLog.TakeNew();
        var dir = Directory.CreateTempSubdirectory("pact-lifetime-").FullName;
        try
        {
            var pact = new PactBuilder("lifetime-consumer", "lifetime-provider", dir);
            pact.UponReceiving("a request").WithRequest("GET", "/r").WillRespond().WithStatus(204);
            await pact.VerifyAsync(async uri =>
            {
                using var http = new HttpClient { BaseAddress = uri };
                await http.GetAsync("/r");
            });
            var reads = CoreLog.Reads;

            var first = Assert.Throws<PactException>(() => FfiDriver.Check(false, "a definition"));
            var second = Assert.Throws<PactException>(() => FfiDriver.Check(false, "another definition"));

            Assert.That(CoreLog.Reads, Is.EqualTo(reads + 2));
            Assert.That(first!.CoreLog, Does.Contain($"Writing pact out to '{dir}"));
            Assert.That(second!.CoreLog, Is.Empty);
            Assert.That(first.Message, Does.StartWith("pact_ffi refused: a definition"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PactHandle Forget() => PactSafeHandle.New("c", "p").Value;
}
