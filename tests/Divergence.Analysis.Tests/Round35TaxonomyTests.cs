using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.37 (round 35): the Code of Conduct "in the East Sea" as the South China Sea; a Palestinian state
/// and the Abraham Accords as items of the Middle East; oil prices as energy; a community that "lives in" a country; and
/// what is no North Korea–Russia cooperation (아울러 before 북한) and no Ukraine settlement (the peaceful settlement of
/// disputes). Sentences are made up.</summary>
public class Round35TaxonomyTests
{
    [Theory]
    [InlineData("They supported the negotiations towards a substantive Code of Conduct in the East Sea (COC).", "en", "south-china-sea")]
    [InlineData("The ministers called for an early conclusion of a Code of Conduct in the East Sea.", "en", "south-china-sea")]
    [InlineData("The President encouraged the Kingdom to join the Abraham Accords.", "en", "middle-east")]
    [InlineData("The President thanked the Kingdom for its efforts to keep global oil prices low.", "en", "energy")]
    [InlineData("The ministers welcomed that some 600,000 Vietnamese nationals live in Japan.", "en", "diaspora")]
    [InlineData("The Air Self-Defense Force will take part in a fighter exercise in Britain for the first time.", "en", "combined-defense-posture")]
    [InlineData("The ministers agreed that the Defence Industrial Forum will meet in Tokyo this autumn.", "en", "arms-purchases")]
    public void Wordings_of_topics(string sentence, string language, string topic) => TopicsOf(sentence, language).ShouldContain(topic);

    [Theory]
    [InlineData("아울러 북한 비핵화를 위해 긴밀히 공조해 나가기로 했습니다.", "ko", "dprk-russia-cooperation")]
    [InlineData("The ministers stressed the peaceful settlement of disputes in accordance with international law.", "en", "ukraine-settlement")]
    public void Wordings_that_are_not_the_topic(string sentence, string language, string topic) => TopicsOf(sentence, language).ShouldNotContain(topic);

    [Fact]
    public void A_palestinian_state_is_an_item_the_other_account_may_leave_out()
    {
        var result = Compare("SA-SPA",
            "The Crown Prince stressed the need to end the war in Gaza and to establish an independent Palestinian state on the 1967 borders.", "en",
            "US-WH", "The leaders discussed the President's plan to end the war in Gaza.", "en");
        result.Omissions.ShouldContain(o => o.StatedBy == "SA-SPA" && o.Label.Contains("palestinian-statehood"));
    }

    [Theory]
    [InlineData("The ministers condemned terrorism and called on all countries to root out terrorist safe havens.", "The ministers condemned terrorism in all its forms.", "safe-havens")]
    [InlineData("The ministers condemned terrorism and agreed to fight terror financing.", "The ministers condemned terrorism in all its forms.", "terror-financing")]
    [InlineData("The Secretary thanked Japan for supporting Ukraine and invited it to the Ukraine Defence Contact Group.", "Japan will continue to support Ukraine.", "contact-group")]
    [InlineData("The President encouraged Saudi Arabia to join the Abraham Accords and discussed the war in Gaza.", "The leaders discussed the war in Gaza.", "abraham-accords")]
    public void Items_the_other_account_may_leave_out(string stating, string other, string item) =>
        Compare("GB-FCDO", stating, "en", "JP-MOFA", other, "en").Omissions.ShouldContain(o => o.StatedBy == "GB-FCDO" && o.Label.Contains(item));
}
