namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.5 (round 13): season's and New Year's greetings are a courtesy wherever the clause puts them,
/// and a courtesy call during a visit is its programme. Sentences are made up.</summary>
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

    const string Talks = "Foreign Minister Motegi and External Affairs Minister Jaishankar discussed trade and investment, and agreed to deepen cooperation on critical minerals.";

    [Fact]
    public void A_courtesy_call_during_the_visit_is_its_programme_not_a_point()
    {
        const string stating = "The two ministers discussed trade and investment and agreed to deepen cooperation on critical minerals. " +
                               "During the visit, the External Affairs Minister also called on Prime Minister Takaichi Sanae and interacted with members of the Indian community in Tokyo.";
        Shared.Compare("IN-MEA", stating, "en", "JP-MOFA", Talks, "en").Omissions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Minister Jaishankar called on Foreign Minister Motegi to ease visa rules for Indian students.")]
    [InlineData("The Minister called on Prime Minister Takaichi Sanae and discussed visa rules for Indian students.")]
    public void Calling_on_someone_to_act_or_calling_on_them_and_making_a_point_is_still_compared(string sentence)
    {
        var stating = "The two ministers discussed trade and investment and agreed to deepen cooperation on critical minerals. " + sentence;
        Shared.Compare("IN-MEA", stating, "en", "JP-MOFA", Talks, "en").Omissions.ShouldHaveSingleItem().Evidence.Text.ShouldContain("visa");
    }

    // Stored analyses name the engine that made them: a changed analysis is a new engine version.
    [Fact]
    public void The_engine_version_is_1_5() => StatementAnalyzer.EngineVersion.ShouldBe("divergence-analysis 1.5");
}
