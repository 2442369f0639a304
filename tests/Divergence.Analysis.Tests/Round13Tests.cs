namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.5 (round 13): season's and New Year's greetings are a courtesy wherever the clause puts them.
/// Sentences are made up.</summary>
public class Round13Tests
{
    const string Other = "Secretary Rubio and Foreign Minister Motegi discussed the Japan-U.S. Alliance and trade. " +
                         "The Secretary welcomed Japan's plans to expand its purchases of American energy.";

    [Theory]
    [InlineData("JP-MOFA", "1. At the outset, Minister Motegi extended his warm New Year's greetings to Secretary Rubio and said he looks forward to working with him throughout 2026.", "en", "greetings")]
    [InlineData("KR-MOFA", "조 장관은 회담 모두에 루비오 장관에게 새해 인사를 전하고 올해도 긴밀히 협력해 나가기를 희망한다고 하였다.", "ko", "새해")]
    public void A_greeting_is_never_an_omission_at_any_confidence(string issuer, string stating, string language, string word)
    {
        var result = Shared.Compare(issuer, stating, language, "US-DOS", Other, "en", minimumConfidence: 0);
        result.Omissions.ShouldNotContain(o => o.Evidence.Text.Contains(word));
    }

    [Fact]
    public void A_point_made_after_the_greeting_is_still_compared()
    {
        const string stating = "At the outset, Minister Motegi extended his New Year's greetings to Secretary Rubio. " +
                               "Minister Motegi requested continued cooperation toward the immediate resolution of the abductions issue.";
        var result = Shared.Compare("JP-MOFA", stating, "en", "US-DOS", Other, "en");
        result.Omissions.Where(o => o.StatedBy == "JP-MOFA").ShouldHaveSingleItem().Topic.ShouldBe("abductions");
    }

    // Stored analyses name the engine that made them: a changed analysis is a new engine version.
    [Fact]
    public void The_engine_version_is_1_5() => StatementAnalyzer.EngineVersion.ShouldBe("divergence-analysis 1.5");
}
