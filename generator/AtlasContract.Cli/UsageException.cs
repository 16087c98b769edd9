namespace AtlasContract.Cli;

/// <summary>Bad usage the parser cannot see (an option value out of range, a missing manifest). Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
