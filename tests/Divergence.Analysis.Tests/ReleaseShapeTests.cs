using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>The general mechanisms of analysis 0.4: news articles, the engagement's own setting, per-claim
/// omissions, stance framing and related topics.</summary>
public class ReleaseShapeTests
{
    static ComparisonResult Compare(string a, string b) =>
        new AccountComparer().Compare(
            new Account("A", [new AccountStatement("a", Shared.Analyzer.Analyze(a, "en"))]),
            new Account("B", [new AccountStatement("b", Shared.Analyzer.Analyze(b, "en"))]), AccountComparer.ReportingConfidence);

    [Fact]
    public void A_news_article_counts_what_it_attributes_to_the_ministry_and_not_the_background()
    {
        const string news = "(LEAD) Minister meets counterpart\nBy Jane Doe\nThe minister asked that the safety of our citizens abroad be ensured, the ministry said.\nThe plant, built with a large investment in shipbuilding, employs 500 people.";
        var r = Compare(news, "The ministers met in Seoul and discussed the weather.");
        var omission = r.Omissions.ShouldHaveSingleItem();
        omission.Topic.ShouldBe("nationals-safety");
        omission.Evidence.Text.ShouldNotContain("the ministry said");
    }

    [Fact]
    public void The_sentence_reporting_the_meeting_itself_covers_but_is_never_an_omission()
    {
        const string a = "President Lee held a summit with President Trump in Gyeongju today, on the occasion of the APEC Economic Leaders' Meeting.";
        Compare(a, "The two presidents agreed on tariffs.").Omissions.ShouldNotContain(o => o.StatedBy == "A");
    }

    [Fact]
    public void An_omitted_topic_stated_in_three_clauses_is_one_omission_that_quotes_all_three()
    {
        const string a = "The minister thanked the partner for its solidarity after the terrorist attack. He underscored a policy of zero tolerance for terrorism; he sought the designation of the group as a terrorist organisation.";
        var omission = Compare(a, "The ministers discussed trade.").Omissions.Where(o => o.Topic == "counterterrorism").ShouldHaveSingleItem();
        omission.Evidence.Text.ShouldStartWith("The minister thanked the partner");
        omission.Also.Select(e => e.Text).ShouldBe(["He underscored a policy of zero tolerance for terrorism", "he sought the designation of the group as a terrorist organisation."]);
    }

    [Fact]
    public void Condemning_a_topic_against_mentioning_it_flatly_is_framing()
    {
        var r = Compare("The Secretary stressed that the terrorist attack in Pahalgam must be condemned.",
            "The Prime Minister briefed the Secretary on developments following the Pahalgam incident.");
        r.Framing.ShouldContain(f => f.Topic == "counterterrorism");
    }

    [Fact]
    public void Related_topics_of_one_group_are_no_omission()
    {
        var r = Compare("The Secretary raised visa facilitation for business travellers.",
            "The Minister underlined the importance of the mobility of skilled professionals and students.");
        r.Omissions.ShouldBeEmpty();
        // Nor a framing since 1.7: two members of one group were a framing 1 time in 6 on the readable sets ("trade
        // agreement" against "agreement on tariffs" is one subject), see docs/analysis-calibration.md round 15.
        r.Framing.ShouldBeEmpty();
    }

    // Since 2.0 irregular migration stands apart: returning those with no right to stay is other news than skilled
    // workers' and students' mobility (dev10 read in round 18; docs/analysis-calibration.md).
    [Fact]
    public void Irregular_migration_is_not_answered_by_the_mobility_of_skilled_workers() =>
        Compare("The Secretary raised concerns related to irregular migration.",
            "The Minister underlined the importance of the mobility of skilled professionals and students.")
            .Omissions.ShouldContain(o => o.Topic == "migration");
}
