namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.2 (round 20), comparing two accounts: a name the other side gives only by its initials is
/// named on both sides; a named port is a programme of its own. Sentences are made up.</summary>
public class Round20ComparisonTests
{
    [Fact]
    public void A_name_the_other_side_writes_by_its_initials_is_shared() =>
        Shared.Compare("PK-MOFA", "Reviewing progress on the China-Pakistan Economic Corridor, the Deputy Prime Minister reaffirmed Pakistan's commitment to its second phase.", "en",
                "CN-MFA", "Wang Yi said that China is ready to work with Pakistan to build an upgraded version of the CPEC.", "en", minimumConfidence: 0)
            .Omissions.ShouldNotContain(o => o.StatedBy == "PK-MOFA");

    [Fact]
    public void An_acronym_the_topic_knows_itself_gives_no_cover_where_the_other_side_said_nothing_of_the_topic()
    {
        var result = Shared.Compare("GB-FCDO", "The Foreign Secretary stressed the importance of close cooperation with the North Atlantic Treaty Organization.", "en",
            "US-DOS", "The Secretary and the Foreign Secretary discussed trade.\n\nRelated: NATO Foreign Ministers meet in Brussels", "en");
        result.Omissions.ShouldContain(o => o.StatedBy == "GB-FCDO" && o.Topic == "nato");
    }

    [Fact]
    public void A_named_port_the_other_side_never_names_is_reported_on_a_shared_topic()
    {
        var omission = Shared.Compare("CN-MFA", "Wang Yi said the two sides should jointly build an upgraded version of the China-Pakistan Economic Corridor and operationalize Gwadar Port at a faster pace.", "en",
                "PK-MOFA", "The two Foreign Ministers agreed to accelerate the implementation of the China-Pakistan Economic Corridor.", "en")
            .Omissions.Where(o => o.StatedBy == "CN-MFA").ShouldHaveSingleItem();
        omission.Label.ShouldBe("Gwadar Port");
    }

    [Fact]
    public void An_english_programme_name_is_no_omission_against_a_korean_account_that_names_it_in_hangul() =>
        Shared.Compare("KR-MOTIE", "□ 양측은 'Korea-U.S. Shipbuilding Partnership (MASGA)' 이행을 점검하였다.\n□ 양측은 올해 하반기 중 한미 FTA 공동위원회를 개최하기로 합의하였다.", "ko",
                "US-USTR", "The two sides reviewed the Korea-U.S. Shipbuilding Partnership (MASGA).\nThe United States and Korea also agreed to convene the KORUS FTA Joint Committee in the second half of 2026.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "US-USTR");

    [Fact]
    public void A_stance_framing_quotes_the_clause_that_takes_the_stance_not_a_list_item_beside_it()
    {
        const string japanese = "The two Ministers agreed to expand defence cooperation, including joint maritime activities in the South China Sea. "
            + "They strongly opposed any unilateral attempts to change the status quo by force or coercion in the East and South China Seas.";
        const string australian = "We expressed serious concern about dangerous and destabilising conduct in the South China Sea.";
        var framing = Shared.Compare("JP-MOD", japanese, "en", "AU-DEF", australian, "en").Framing.Single(f => f.Topic == "south-china-sea");
        framing.A.Text.ShouldContain("strongly opposed");
    }
}
