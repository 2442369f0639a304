using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.35 (round 33): the places of the Middle East as items; U.S. forces in Japan and Okinawa as a
/// topic; payment obstacles; a nuclear plant by its initials; more Korean wordings of procurement and search and rescue;
/// a business environment asked for one's own companies abroad; "mutual visits" as round 22's "reciprocal visits" and
/// "상호 방문"; and what is no visit (the outcomes of a past meeting) or no arms control ("a new starting point").
/// Sentences are made up.</summary>
public class Round33TaxonomyTests
{
    [Theory]
    [InlineData("They noted the progress on the construction of the Akkuyu NPP.", "en", "energy")]
    [InlineData("The Russian side urged its partners to remove obstacles to settlements between Russian and Turkish companies.", "en", "currency")]
    [InlineData("The Russian side drew attention to the continuing payment difficulties faced by exporters.", "en", "currency")]
    [InlineData("이 대통령은 호주 해군 함정 획득 사업에 우리 기업이 참여할 수 있도록 관심을 당부했다.", "ko", "arms-purchases")]
    [InlineData("양 장관은 올해 중 수색·구조훈련을 실시하기로 했다.", "ko", "disaster-relief")]
    [InlineData("Minister Motegi requested cooperation in reducing the burden on Okinawa.", "en", "okinawa")]
    [InlineData("They confirmed that the relocation of MCAS Futenma to Henoko is the only solution.", "en", "okinawa")]
    [InlineData("China hopes that France will provide a fair and non-discriminatory business environment for Chinese enterprises.", "en", "business-environment")]
    [InlineData("Secretary Rubio briefed the Minister on preparations for President Trump's upcoming visit to Beijing.", "en", "leader-visit")]
    [InlineData("The two Ministers concurred to continue mutual visits by the defense ministers.", "en", "leader-visit")]
    [InlineData("The Ministers agreed to work together for a successful Quad Leaders' Meeting to be hosted by India.", "en", "multilateral-summits")]
    [InlineData("They directed the expert group to expedite its work on an early harvest in boundary delimitation.", "en", "land-boundary")]
    [InlineData("They agreed to work toward mutual port calls by vessels of the two navies within this year.", "en", "port-calls")]
    [InlineData("양 장관은 해군 함정의 상호 방문을 추진하기로 했다.", "ko", "port-calls")]
    [InlineData("He raised the need to expedite the delivery of defense articles already committed to the armed forces.", "en", "arms-purchases")]
    [InlineData("He thanked China for its support for Pakistan's economic stability, including the rollover of commercial loans.", "en", "debt-finance")]
    [InlineData("양국은 우리 기업의 현지 방산 사업 참여를 지원하기로 했다.", "ko", "arms-purchases")]
    public void Wordings_of_topics(string sentence, string language, string topic) => TopicsOf(sentence, language).ShouldContain(topic);

    [Theory]
    [InlineData("Standing at a new starting point, China is ready to work with Pakistan to carry forward the friendship.", "en", "nonproliferation")]
    [InlineData("The ministers discussed the implementation of the outcomes of the meeting between Prime Minister Carney and President Lee last October.", "en", "leader-visit")]
    [InlineData("양 장관은 지난해 경주 APEC 정상회의 계기 한중 정상회담에서 양국 정상이 합의한 사항들을 이행하기로 했다.", "ko", "leader-visit")]
    [InlineData("The two ministers welcomed the progress made since the Japan-U.S. Summit Meeting in October last year.", "en", "leader-visit")]
    public void Not_these_topics(string sentence, string language, string topic) => TopicsOf(sentence, language).ShouldNotContain(topic);

    [Fact]
    public void New_START_is_still_arms_control() =>
        TopicsOf("They discussed the future of the New START treaty.").ShouldContain("nonproliferation");

    [Fact]
    public void A_place_of_the_Middle_East_the_other_side_never_names_is_an_item_left_out()
    {
        var omissions = Compare("TR-MFA", "Minister Fidan underlined the importance of supporting the unity and territorial integrity of Syria.", "en",
            "RU-MID", "The ministers spoke in favour of the consistent implementation of the ceasefire in the Gaza Strip.", "en").Omissions;
        omissions.ShouldContain(o => o.StatedBy == "TR-MFA" && o.Topic == "middle-east");
        // Gaza on both sides: one place, nothing left out.
        Compare("TR-MFA", "The Ministers discussed the need to consolidate the ceasefire in Gaza.", "en",
            "RU-MID", "The ministers spoke in favour of the consistent implementation of the ceasefire in the Gaza Strip.", "en")
            .Omissions.ShouldNotContain(o => o.Topic == "middle-east");
    }

    [Fact]
    public void A_nuclear_plant_by_its_initials_is_the_nuclear_plant()
    {
        Compare("RU-MID", "Special attention was given to progress on the construction of the Akkuyu NPP.", "en",
            "TR-MFA", "They noted the progress achieved in the Akkuyu Nuclear Power Plant project.", "en")
            .Omissions.ShouldBeEmpty();
    }
}
