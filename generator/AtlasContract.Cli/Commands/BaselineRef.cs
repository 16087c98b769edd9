namespace AtlasContract.Cli.Commands;

/// <summary>
/// The git ref the gate diffs against when none is given: the CI's target branch where the environment names it
/// (GitHub Actions <c>GITHUB_BASE_REF</c>, GitLab <c>CI_MERGE_REQUEST_TARGET_BRANCH_NAME</c>; as
/// <c>origin/&lt;branch&gt;</c> when that exists, else the local branch), then <c>origin/main</c>, then <c>main</c>.
/// No ref at all is bad input (exit 2) with the fix, never a silent pass.
/// </summary>
internal static class BaselineRef
{
    public static readonly string[] EnvironmentVariables = ["GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"];

    public static IReadOnlyList<string> Candidates(Func<string, string?> environment)
    {
        var candidates = new List<string>();
        foreach (var variable in EnvironmentVariables)
        {
            if (environment(variable) is { Length: > 0 } branch && !branch.StartsWith('-'))
            {
                candidates.Add("origin/" + branch);
                candidates.Add(branch);
            }
        }

        candidates.AddRange(["origin/main", "main"]);
        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }

    public static string Resolve(string root, string? explicitRef, Func<string, string?> environment)
    {
        if (explicitRef is not null)
        {
            if (explicitRef.StartsWith('-'))
            {
                throw new UsageException($"--baseline-ref {explicitRef}: a ref may not start with '-' (git would read it as an option)");
            }

            return Git.RefExists(root, explicitRef)
                ? explicitRef
                : throw new UsageException($"--baseline-ref {explicitRef}: no such commit in {root} (fetch it: git fetch origin {explicitRef.Replace("origin/", string.Empty, StringComparison.Ordinal)}; or pass --baseline PATH, or --no-baseline for a first run)");
        }

        var candidates = Candidates(environment);
        return candidates.FirstOrDefault(c => Git.RefExists(root, c))
            ?? throw new UsageException($"no baseline to diff against: none of {string.Join(", ", candidates)} is a commit in {root} (a shallow or single-branch checkout? fetch it: git fetch origin main, or check out with fetch-depth: 0; or pass --baseline-ref REF, --baseline PATH, or --no-baseline for a first run)");
    }
}
