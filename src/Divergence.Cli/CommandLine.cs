namespace Divergence.Cli;

public sealed class UsageException(string message) : Exception(message);

/// <summary>A parsed command line: the command, its positional arguments and its --options.</summary>
public sealed record CommandLine(string? Command, IReadOnlyList<string> Positionals, IReadOnlyDictionary<string, string?> Options)
{
    public static CommandLine Parse(string[] args)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--") || arg == "--") { positionals.Add(arg); continue; }
            var eq = arg.IndexOf('=');
            if (eq > 0) { options[arg[2..eq]] = arg[(eq + 1)..]; continue; }
            var takesValue = i + 1 < args.Length && !args[i + 1].StartsWith("--");
            options[arg[2..]] = IsFlag(arg[2..]) || !takesValue ? null : args[++i];
        }
        var command = positionals.Count > 0 ? positionals[0] : null;
        return new CommandLine(command, positionals.Skip(1).ToList(), options);
    }

    static bool IsFlag(string name) => name is "json" or "help" or "verbose";

    public bool Flag(string name) => Options.ContainsKey(name);

    public string Required(string name) =>
        Options.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : throw new UsageException($"--{name} is required");

    public string Optional(string name, string fallback) =>
        Options.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : fallback;

    public double Number(string name, double fallback, double min, double max)
    {
        if (!Options.TryGetValue(name, out var v) || v is null) return fallback;
        if (!double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new UsageException($"--{name} must be a number from {min} to {max}, not '{v}'");
        return n;
    }

    public void RejectUnknown(params string[] known)
    {
        var unknown = Options.Keys.FirstOrDefault(k => !known.Contains(k));
        if (unknown is not null) throw new UsageException($"unknown option --{unknown}");
    }
}
