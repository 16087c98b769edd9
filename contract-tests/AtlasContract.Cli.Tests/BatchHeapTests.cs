using AtlasContract.Cli;

namespace AtlasContract.Cli.Tests;

/// <summary>The span of the GC's heap that the tool advises huge pages on, read from /proc/self/maps lines.</summary>
public class BatchHeapTests
{
    private static readonly string[] Maps =
    [
        "555500000000-555500100000 r-xp 00000000 08:01 1234    /usr/bin/atlas-contract",
        "555500100000-555500200000 rw-p 00000000 00:00 0       [heap]",
        "7f0000000000-7f0000400000 rw-p 00000000 00:00 0 ",
        "7f0000400000-7f0010000000 ---p 00000000 00:00 0",
        "7f0010000000-7f0010200000 rw-p 00000000 00:00 0",
        "7f0010300000-7f0010400000 rw-p 00000000 00:00 0",
        "7f0010400000-7f0010500000 r--p 00000000 08:01 99      /usr/lib/libc.so.6",
    ];

    [Test]
    public void AnonymousSpanAround_AddressInReservedRange_WholeContiguousAnonymousRun()
    {
        var span = BatchHeap.AnonymousSpanAround(Maps, 0x7f0000500000);

        Assert.That(span, Is.EqualTo((0x7f0000000000UL, 0x7f0010200000UL)));
    }

    [Test]
    public void AnonymousSpanAround_AfterAGap_StopsAtTheGap()
    {
        var span = BatchHeap.AnonymousSpanAround(Maps, 0x7f0010300010);

        Assert.That(span, Is.EqualTo((0x7f0010300000UL, 0x7f0010400000UL)));
    }

    [TestCase(0x555500000010UL)] // the executable
    [TestCase(0x555500100010UL)] // a named mapping ([heap])
    [TestCase(0x100UL)] // nothing mapped
    public void AnonymousSpanAround_AddressNotInAnAnonymousMapping_Nothing(ulong address)
    {
        Assert.That(BatchHeap.AnonymousSpanAround(Maps, address), Is.EqualTo((0UL, 0UL)));
    }

    [Test]
    public void AnonymousSpanAround_LineWithoutRange_FormatException()
    {
        Assert.Throws<FormatException>(() => BatchHeap.AnonymousSpanAround(["garbage"], 0x10));
    }

    [Test]
    public void DocumentCommands_EachIsACommandOfTheTool()
    {
        var commands = AtlasContract.Cli.Cli.Commands(TextWriter.Null).Subcommands.Select(c => c.Name).ToList();

        Assert.That(BatchHeap.DocumentCommands, Is.SubsetOf(commands));
        Assert.That(BatchHeap.DocumentCommands, Does.Not.Contain("verify-pact"), "verify-pact streams: a budget keeps its garbage");
    }
}
