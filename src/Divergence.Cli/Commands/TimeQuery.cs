namespace Divergence.Cli.Commands;

/// <summary>--as-of (publication time), --known-at (recording time) and --analysis, as the API's query string.</summary>
static class TimeQuery
{
    public static string From(CommandLine cl)
    {
        var parts = new List<string>();
        if (cl.Optional("as-of", "") is { Length: > 0 } asOf) parts.Add("asOf=" + Uri.EscapeDataString(asOf));
        if (cl.Optional("known-at", "") is { Length: > 0 } knownAt) parts.Add("knownAt=" + Uri.EscapeDataString(knownAt));
        if (cl.Optional("analysis", "") is { Length: > 0 } analysis) parts.Add("analysis=" + Uri.EscapeDataString(analysis));
        return string.Join('&', parts);
    }
}
