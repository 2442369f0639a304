using System.Text.RegularExpressions;

namespace Divergence.Server.Infrastructure;

public static partial class Slugs
{
    public static bool IsEngagementKey(string key) => EngagementKey().IsMatch(key);

    [GeneratedRegex(@"^[a-z0-9](?:[a-z0-9-]{1,98})[a-z0-9]$")]
    private static partial Regex EngagementKey();
}
