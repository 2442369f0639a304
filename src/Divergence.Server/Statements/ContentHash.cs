using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Divergence.Server.Statements;

/// <summary>Identity of a statement's wording: whitespace differences between two fetches are not an edit.</summary>
public static partial class ContentHash
{
    public static string Of(string text)
    {
        var normalized = Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
