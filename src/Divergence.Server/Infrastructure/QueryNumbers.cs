using System.Globalization;

namespace Divergence.Server.Infrastructure;

/// <summary>
/// Numbers from the query string, parsed by us: a silently ignored "page=abc" would answer a question
/// the client did not ask.
/// </summary>
public static class QueryNumbers
{
    public static bool TryInt(string? raw, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(raw)) return true;
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return false;
        value = n;
        return true;
    }

    public static bool TryConfidence(string? raw, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(raw)) return true;
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value is >= 0 and <= 1;
    }
}
