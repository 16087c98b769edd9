namespace AtlasContract.Cli;

/// <summary>Bad usage: an unknown command or option, a missing argument. Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The words of one command: positional arguments and --options (with or without a value).</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public CommandLine(IEnumerable<string> words, IReadOnlySet<string> flags, IReadOnlySet<string> valued)
    {
        var list = words.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var word = list[i];
            if (!word.StartsWith("--", StringComparison.Ordinal) || word == "--")
            {
                Positional.Add(word);
                continue;
            }

            var name = word[2..];
            string? inline = null;
            if (name.IndexOf('=') is var eq and > 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            if (flags.Contains(name) && inline is null)
            {
                Add(name, "true");
            }
            else if (valued.Contains(name))
            {
                var value = inline ?? (i + 1 < list.Count ? list[++i] : throw new UsageException($"--{name} needs a value"));
                Add(name, value);
            }
            else
            {
                throw new UsageException($"unknown option --{name}");
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> Values(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public string Arg(int index, string what) =>
        index < Positional.Count ? Positional[index] : throw new UsageException($"missing argument: {what}");

    public void NoMorePositional(int count)
    {
        if (Positional.Count > count)
        {
            throw new UsageException($"unexpected argument '{Positional[count]}'");
        }
    }

    private void Add(string name, string value)
    {
        if (!_options.TryGetValue(name, out var list))
        {
            _options[name] = list = [];
        }

        list.Add(value);
        _read.Add(name);
    }
}
