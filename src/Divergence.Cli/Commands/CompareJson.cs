using System.Text.Encodings.Web;
using System.Text.Json;
using Divergence.Analysis.Comparison;

namespace Divergence.Cli.Commands;

/// <summary>The documented JSON contract of `divergence compare --json` (see README.md).</summary>
static class CompareJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Keep Korean readable in the output; the JSON is still valid and escaped where it must be.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static object From(string analyzer, ComparisonResult result) => new
    {
        analyzer,
        issuers = result.Issuers,
        omissions = result.Omissions,
        framing = result.Framing,
    };
}
