using System.Globalization;

namespace Divergence.Server.Infrastructure;

/// <summary>Query-string dates: a day (2025-07-31, meaning UTC midnight) or a full ISO 8601 time.</summary>
public static class Dates
{
    // A day inside the calendar's ends, so that "the end of that day" and "just before it" are still times.
    static readonly DateTimeOffset Earliest = new(2, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset Latest = new(9999, 12, 30, 0, 0, 0, TimeSpan.Zero);

    public static bool TryParse(string? value, out DateTimeOffset? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (!TryParseAny(value, out var parsed) || parsed < Earliest || parsed > Latest) return false;
        result = parsed;
        return true;
    }

    static bool TryParseAny(string value, out DateTimeOffset result)
    {
        result = default;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            result = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result);
    }

    /// <summary>"to=2025-07-31" includes that whole day; a full time is taken as given.</summary>
    public static DateTimeOffset? EndOf(string? raw, DateTimeOffset? parsed) =>
        parsed is { } p && raw is { Length: 10 } ? p.AddDays(1) : parsed;
}
