namespace AtlasContract.Pact;

/// <summary>The one exception type of the binding: a core failure, a mismatch, a refused definition.</summary>
public sealed class PactException : Exception
{
    public PactException(string message, string? coreLog = null)
        : base(string.IsNullOrWhiteSpace(coreLog) ? message : message + Environment.NewLine + "Pact core log:" + Environment.NewLine + coreLog)
    {
        CoreLog = coreLog;
    }

    /// <summary>What the Pact core logged around the failure, if anything.</summary>
    public string? CoreLog { get; }
}
