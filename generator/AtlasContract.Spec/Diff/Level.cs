namespace AtlasContract.Spec.Diff;

/// <summary>How badly a change can hurt an existing client. Ordered: Info &lt; Warn &lt; Err.</summary>
public enum Level
{
    /// <summary>Harmless.</summary>
    Info = 0,

    /// <summary>May break a client (a strict one, or one that relied on the old behaviour).</summary>
    Warn = 1,

    /// <summary>Breaks existing clients.</summary>
    Err = 2,
}

public static class Levels
{
    public static string Name(this Level level) => level switch
    {
        Level.Err => "ERR",
        Level.Warn => "WARN",
        _ => "INFO",
    };

    public static bool TryParse(string? text, out Level level)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "ERR" or "ERROR":
                level = Level.Err;
                return true;
            case "WARN" or "WARNING":
                level = Level.Warn;
                return true;
            case "INFO":
                level = Level.Info;
                return true;
            default:
                level = Level.Info;
                return false;
        }
    }
}
