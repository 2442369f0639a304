using System.Globalization;

namespace Divergence.Server.Infrastructure;

/// <summary>Query-string dates: a day (2025-07-31, meaning UTC midnight) or a full ISO 8601 time.</summary>
public static class Dates
{
    public static bool TryParse(string? value, out DateTimeOffset? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            result = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            result = time;
            return true;
        }
        return false;
    }

    /// <summary>"to=2025-07-31" includes that whole day; a full time is taken as given.</summary>
    public static DateTimeOffset? EndOf(string? raw, DateTimeOffset? parsed) =>
        parsed is { } p && raw is { Length: 10 } ? p.AddDays(1) : parsed;
}
