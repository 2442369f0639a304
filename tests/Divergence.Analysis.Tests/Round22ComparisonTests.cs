namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.4 (round 22), comparing two accounts: an item a news story names only in another voice is still
/// omitted by the issuer; a demand for more defence spending against defence strengthened of one's own accord is one
/// framing; a bare mention gives way to the point it heads, wherever that point sits; a fronted participle is no word of
/// a programme's name; a pronoun's antecedent is no framing. Sentences are made up.</summary>
public class Round22ComparisonTests
{
    const string Release = "The Foreign Minister underscored the importance of early work on the Main Line-1 (ML-1) railway upgrade. The two sides agreed to take forward the economic corridor.";

    const string Story = """
        China, Pakistan hold strategic dialogue

        BEIJING, May 20 (Xinhua) -- Chinese Foreign Minister Wang Yi held the strategic dialogue with Pakistani Foreign Minister Ishaq Dar in Beijing on Wednesday.

        Wang said that China is willing to work with Pakistan to build an upgraded version of the economic corridor.

        Pakistan's Foreign Office said in a statement that Dar had also called for early work on the ML-1 railway upgrade.
        """;

    [Fact]
    public void An_item_a_story_names_only_in_another_sides_voice_is_omitted_by_the_issuer() =>
        Shared.Compare("PK-MOFA", Release, "en", "CN-MFA", Story, "en")
            .Omissions.ShouldContain(o => o.StatedBy == "PK-MOFA" && o.Evidence.Text.Contains("ML-1", StringComparison.Ordinal));

    [Fact]
    public void An_item_the_issuer_names_itself_is_shared() =>
        Shared.Compare("PK-MOFA", Release, "en", "CN-MFA", Story.Replace("an upgraded version of the economic corridor", "the ML-1 railway upgrade and the economic corridor"), "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "PK-MOFA" && o.Evidence.Text.Contains("ML-1", StringComparison.Ordinal));

    [Theory]
    [InlineData("Secretary Hegseth urged Japan to rapidly increase defense spending to 3.5 percent of GDP.", "Minister Koizumi explained that Japan will fundamentally reinforce its defense capabilities on its own initiative.", "en")]
    [InlineData("President Trump stressed that the Republic of Korea must take on a greater share of the burden of its own conventional defense.", "이 대통령은 국방비 증액을 통해 자주국방 역량을 스스로 강화해 나가겠다는 의지를 밝혔습니다.", "ko")]
    public void A_demand_for_defence_spending_against_defence_of_ones_own_accord_is_one_framing(string demand, string ownAccord, string language)
    {
        var result = Shared.Compare("US-DOW", demand, "en", "JP-MOD", ownAccord, language);
        var framing = result.Framing.ShouldHaveSingleItem();
        framing.Topic.ShouldBe("defense-effort");
        framing.A.Qualifiers.ShouldBe(["demand"]);
        framing.B.Qualifiers.ShouldBe(["own accord"]);
        result.Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void Both_sides_demanding_or_both_choosing_is_no_defence_effort_framing()
    {
        Shared.Compare("US-DOW", "Secretary Hegseth urged Japan to increase defense spending.", "en",
                "JP-MOD", "Minister Koizumi said Japan must increase defense spending.", "en")
            .Framing.ShouldNotContain(f => f.Topic == "defense-effort");
        Shared.Compare("US-DOW", "The Secretary welcomed that Japan will reinforce its defense capabilities on its own initiative.", "en",
                "JP-MOD", "Minister Koizumi explained that Japan will fundamentally reinforce its defense capabilities on its own initiative.", "en")
            .Framing.ShouldNotContain(f => f.Topic == "defense-effort");
        Shared.Compare("US-DOW", "Secretary Hegseth urged Japan to increase defense spending, and welcomed that Japan will reinforce its defense capabilities on its own initiative.", "en",
                "JP-MOD", "Minister Koizumi explained that Japan will fundamentally reinforce its defense capabilities on its own initiative.", "en")
            .Framing.ShouldNotContain(f => f.Topic == "defense-effort");
        Shared.Compare("US-DOW", "Secretary Hegseth noted Japan's increase in defense spending.", "en",
                "JP-MOD", "Minister Koizumi explained that Japan will fundamentally reinforce its defense capabilities on its own initiative.", "en")
            .Framing.ShouldNotContain(f => f.Topic == "defense-effort");
    }

    [Fact]
    public void A_bare_mention_gives_way_to_the_point_its_own_sentence_goes_on_to()
    {
        var omissions = Shared.Compare("GB-PMO", "They also discussed the situation in the Middle East, where the Prime Minister stressed that the ceasefire in Gaza must hold.", "en",
                "IN-PMO", "The two leaders discussed trade and agreed to stay in touch.", "en")
            .Omissions.Where(o => o.StatedBy == "GB-PMO" && o.Confidence >= 0.5).ToList();
        omissions.ShouldContain(o => o.Evidence.Text.Contains("ceasefire in Gaza", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fronted_participle_is_no_word_of_a_programmes_name() =>
        Shared.Compare("IN-MEA", "Discussing the Migration and Mobility Partnership, they agreed to strengthen joint efforts against illegal migration.", "en",
                "GB-FCDO", "They also discussed the Migration and Mobility Partnership and agreed to strengthen joint work on tackling illegal migration.", "en")
            .Omissions.ShouldNotContain(o => o.Confidence >= 0.5);

    [Fact]
    public void Its_complete_denuclearisation_after_north_korea_is_no_framing() =>
        Shared.Compare("JP-MOFA", "The two Ministers confirmed their commitment to the complete denuclearization of North Korea.", "en",
                "AU-DFAT", "We shared our serious concern about North Korea's missile launches, and reaffirmed our commitment to its complete denuclearisation.", "en")
            .Framing.ShouldNotContain(f => f.Topic == "denuclearization");
}
