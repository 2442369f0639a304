using Divergence.Server.Statements;

namespace Divergence.Server.Tests;

/// <summary>The seed case's two releases, as a client would submit them.</summary>
public static class Samples
{
    public const string Engagement = "2025-07-31-us-kr-rubio-cho";

    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", file));

    public static RecordStatement UsReadout() => new(Engagement, "Rubio–Cho Hyun meeting", "US-DOS", "U.S. Department of State",
        "en", DateTimeOffset.Parse("2025-07-31T20:00:00Z"), "Secretary Rubio's Meeting with ROK Foreign Minister Cho Hyun",
        "https://example.org/us-readout", Text("us-dos-2025-07-31.txt"));

    public static RecordStatement KoreanRelease() => new(Engagement, null, "KR-MOFA", "Ministry of Foreign Affairs, Republic of Korea",
        "en", DateTimeOffset.Parse("2025-08-01T10:00:00+09:00"), "Outcome of the Korea-U.S. Foreign Ministers' Meeting",
        "https://example.org/kr-release", Text("kr-mofa-2025-07-31.txt"));
}
