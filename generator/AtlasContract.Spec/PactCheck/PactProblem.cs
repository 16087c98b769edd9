using AtlasContract.Spec.Diff;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// One way an interaction is not allowed by the spec. <see cref="Code"/> is stable (see <see cref="ProblemCodes"/>);
/// <see cref="Index"/> is the interaction's position in the pact file, <see cref="PactPointer"/> the JSON pointer of
/// the offending node in the pact and <see cref="SpecLocation"/> the JSON pointer of what it was compared with.
/// </summary>
public sealed record PactProblem(string Interaction, string Problem)
{
    public string Code { get; init; } = ProblemCodes.Unchecked;

    /// <summary>ERR fails the check; WARN is reported (a check that could only run partly, a documented leniency).</summary>
    public Level Level { get; init; } = Level.Err;

    public int Index { get; init; } = -1;

    public string PactPointer { get; init; } = string.Empty;

    public string SpecLocation { get; init; } = string.Empty;

    public override string ToString() => $"{Interaction}: {Problem}";
}

/// <summary>What one check found, before it is tied to an interaction.</summary>
internal readonly record struct Found(string Code, Level Level, string Message, string PactPointer, string SpecLocation)
{
    public static Found Err(string code, string message, string pactPointer, string specLocation) => new(code, Level.Err, message, pactPointer, specLocation);

    public static Found Warn(string code, string message, string pactPointer, string specLocation) => new(code, Level.Warn, message, pactPointer, specLocation);
}
