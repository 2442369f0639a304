using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.3 (round 31), reading a page: the counterpart speaking through her own channel in a news story;
/// a sum converted for the reader; a quoted "full range"; a Korean release's footer naming the division that wrote it;
/// how long since the last meeting in Korean words; the honour ceremony's welcome; the pleasure of meeting again; a
/// spokesperson "provided the following readout". Sentences and names are made up.</summary>
public class Round31Tests
{
    const string AgencyStory = """
        BEIJING, March 6 (Xinhua) -- Chinese Foreign Minister Wang Yi held the seventh round of the China-Australia Foreign and Strategic Dialogue with Australian Foreign Minister Penny Wong in Beijing on Friday, according to the Chinese Foreign Ministry.

        Wang said China is ready to expand two-way trade and welcomes more Australian tourists.

        Wong said that Australia is willing to maintain dialogue with China and keep relations stable, the ministry said.

        In a statement released by her office, Wong said she had raised the case of a detained Australian writer.
        """;

    [Fact]
    public void The_counterpart_speaking_through_her_own_office_is_not_the_issuers_account()
    {
        // What the issuer's readout reports her saying stays its account; her own statement, relayed after, does not.
        Kept(AgencyStory, "Australia is willing to maintain dialogue").ShouldBeTrue();
        Kept(AgencyStory, "she had raised the case of a detained Australian writer").ShouldBeFalse();
        // The issuer's own readout quoted by the story still reports her words as its account.
        Kept(AgencyStory.Replace("In a statement released by her office, Wong", "According to a readout, Wong"), "she had raised the case of a detained Australian writer").ShouldBeTrue();
        var result = Compare("AU-DFAT", "I raised the case of a detained Australian writer and called for his release.", "en",
            "CN-MFA", AgencyStory, "en");
        result.Omissions.ShouldContain(o => o.StatedBy == "AU-DFAT" && o.Topic == "nationals-safety");
    }

    [Fact]
    public void A_sum_converted_for_the_reader_is_not_a_figure_of_its_own()
    {
        Compare("PL-MSZ", "Minister Sikorski announced that Poland would transfer 100 million złoty (approx. EUR 23.5 million) to the Ukraine Energy Support Fund.", "en",
            "UA-MFA", "Minister Sybiha welcomed the decision to allocate PLN 100 million to the Ukraine Energy Support Fund.", "en")
            .Omissions.ShouldBeEmpty();
        // A second sum of its own still is.
        Compare("PL-MSZ", "Minister Sikorski announced that Poland would transfer 100 million złoty to the Fund and lend a further EUR 23.5 million.", "en",
            "UA-MFA", "Minister Sybiha welcomed the decision to allocate PLN 100 million to the Fund.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "PL-MSZ");
    }

    [Fact]
    public void A_quoted_full_range_is_a_survey()
    {
        const string other = "The two ministers discussed trade and energy cooperation.";
        Compare("IN-MEA", "The two ministers reviewed the \"full range\" of the partnership, including trade, energy and people-to-people ties.", "en",
            "RU-MID", other, "en").Omissions.ShouldNotContain(o => o.StatedBy == "IN-MEA");
        Compare("IN-MEA", "The two ministers agreed to expand people-to-people ties.", "en", "RU-MID", other, "en")
            .Omissions.ShouldContain(o => o.StatedBy == "IN-MEA" && o.Topic == "people-to-people");
    }

    [Fact]
    public void A_Korean_releases_footer_naming_its_division_is_debris()
    {
        var claims = Claims("양 장관은 핵심광물 공급망 협력을 강화해 나가기로 하였다.\n\n이 자료는 외교부 동남아1과에서 작성한 것입니다.", "ko");
        claims.Where(c => c.Text.Contains("작성한")).ShouldAllBe(c => c.Debris);
        claims.ShouldContain(c => c.Text.Contains("핵심광물") && !c.Debris);
    }

    [Theory]
    [InlineData("이번 회담은 지난해 10월 경주 APEC 정상회의 계기 첫 회담 이후 약 석 달 만에 열린 것으로")]
    [InlineData("이번 통화는 지난 6월 정상회담 이후 3개월 만에 이뤄졌습니다.")]
    [InlineData("1. At the outset, Prime Minister Takaichi stated that she was delighted to meet President Trump again following his visit to Japan last October.")]
    public void The_meetings_history_and_courtesies_are_its_setting(string sentence) => EngagementLogistics.Is(sentence).ShouldBeTrue();

    [Fact]
    public void The_hosts_welcome_at_the_honour_ceremony_is_a_courtesy() =>
        Compare("KR-MND", "○ 회담에 앞서 안 장관은 의장행사를 주관하여 말스 부총리의 방한을 환영했다.\n\n□ 양 장관은 방산 협력을 확대하기로 했다.", "ko",
            "AU-DEF", "The Ministers agreed to expand defence industry cooperation.", "en").Omissions.ShouldBeEmpty();

    [Theory]
    [InlineData("이번 회담에서 두 장관은 석 달 만에 재개된 협의체를 정례화하기로 했다.")]
    [InlineData("She was delighted that the tariff agreement had been signed and urged its swift implementation.")]
    public void A_point_is_not_the_setting(string sentence) => EngagementLogistics.Is(sentence).ShouldBeFalse();

    [Fact]
    public void A_spokesperson_providing_the_readout_is_the_attribution_line()
    {
        const string page = "White House Press Secretary Karoline Leavitt provided the following readout:\n\nPresident Trump met Prime Minister Takaichi and discussed shipbuilding.";
        Kept(page, "provided the following readout").ShouldBeFalse();
        Kept(page, "discussed shipbuilding").ShouldBeTrue();
    }

    [Fact]
    public void Praise_for_how_the_relationship_is_going_is_a_courtesy()
    {
        Boilerplate.IsDebrisClause("expressed his delight at the strong and comprehensive development of the Viet Nam - RoK Comprehensive Strategic Partnership.").ShouldBeTrue();
        Boilerplate.IsDebrisClause("expressed satisfaction with the progress of the negotiations on the free trade agreement.").ShouldBeFalse();
    }

    [Fact]
    public void An_invitation_at_a_convenient_time_is_a_courtesy_on_the_open_route()
    {
        // English against Korean, where only concrete words bridge the two (ConcreteClaims): the invitation had come out at 0.55.
        var result = Compare("VN-MOFA", """
            Minister Le Hoai Trung held talks with Korean Foreign Minister Cho Hyun in Hanoi on March 12.

            Minister Trung proposed that the two sides raise two-way trade and expand cooperation in energy and infrastructure.

            On this occasion, Minister Cho Hyun invited Minister Le Hoai Trung to visit the RoK at a convenient time.
            """, "en",
            "KR-MOFA", """
            조현 외교부 장관은 3월 12일 하노이에서 레 호아이 쭝 베트남 외교장관과 회담을 가졌다.

            양 장관은 교역 확대와 에너지, 인프라 분야 협력을 강화하기로 하였다.
            """, "ko");
        result.Omissions.ShouldNotContain(o => o.Evidence.Text.Contains("invited"));
    }

    [Fact]
    public void A_bare_mention_that_gives_way_is_further_evidence_of_the_topics_omission()
    {
        var result = Compare("UA-OP", "\"Air defense remains the number one priority. We talked about additional Patriot systems and missiles for them,\" the President noted.", "en",
            "US-WH", "The leaders discussed the peace negotiations.", "en");
        var omission = result.Omissions.Single(o => o.Topic == "air-defence");
        omission.AllEvidence.ShouldContain(e => e.Text.Contains("Patriot systems"));
    }

    [Fact]
    public void The_nearest_topics_of_many_claims_read_at_once_are_each_claims_own()
    {
        var model = Divergence.Analysis.Embedding.SentenceEmbedder.Shared;
        var vectors = model.Embed(["tariffs on steel imports", "ballistic missile launches", "student exchanges and scholarships", "port call by a frigate"]);
        var prototypes = Divergence.Analysis.Topics.TopicPrototypes.For(Analyzer.Taxonomy, model);
        prototypes.NearestEach(vectors.ToList()).ShouldBe(vectors.Select(v => prototypes.Nearest(v)).ToArray());
    }
}
