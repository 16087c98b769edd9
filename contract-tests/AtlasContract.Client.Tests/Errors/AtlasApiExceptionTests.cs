namespace AtlasContract.Client.Tests.Errors;

public class AtlasApiExceptionTests
{
    [Test]
    public void ToString_ThrownWithACause_KeepsTypeMessageCauseAndStack()
    {
        AtlasApiException thrown;
        try
        {
            throw new AtlasApiException("listOrgInvites: Atlas answered 500", 500, "{}", new Dictionary<string, IEnumerable<string>>(), new InvalidOperationException("the cause"));
        }
        catch (AtlasApiException ex)
        {
            thrown = ex;
        }

        var text = thrown.ToString();

        Assert.That(text, Does.StartWith("AtlasContract.Client.AtlasApiException: listOrgInvites: Atlas answered 500"));
        Assert.That(text, Does.Contain("---> System.InvalidOperationException: the cause"), "the inner exception, for the logs");
        Assert.That(text, Does.Contain(nameof(ToString_ThrownWithACause_KeepsTypeMessageCauseAndStack)), "the stack trace");
    }
}
