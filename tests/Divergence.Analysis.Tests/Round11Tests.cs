using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.13 (round 11): Korean phrases in South and North Korean usage, meanings the old Korean
/// stems caught by accident, North Korea's military cooperation with Russia named with words in between, and a
/// stance read only from claims about the topic alone (a side that names it only in a list shows none of its own),
/// and settled against still open between two claims that say the same thing where no topic names it.
/// Sentences are made up.</summary>
public class Round11Tests
{
    static IReadOnlyList<string> TopicsOf(string text, string language) =>
        [.. Shared.Analyzer.Analyze(text, language).Claims.SelectMany(c => c.Topics).Distinct()];

    [Theory]
    [InlineData("쌍방은 핵없는 조선반도를 실현하기 위한 방도를 론의하였다.", "denuclearization")]
    [InlineData("공화국의 대륙간탄도미싸일 시험발사는 자위적 조치라고 강조하였다.", "dprk-missiles")]
    [InlineData("두 나라 최고수뇌부 사이의 수뇌회담에서 이룩된 합의를 리행하기로 하였다.", "leader-visit")]
    [InlineData("미국과 남조선의 합동군사연습은 지역의 평화를 위협한다고 규탄하였다.", "combined-defense-posture")]
    [InlineData("양 장관은 미국의 핵우산 제공 공약을 재확인하였다.", "extended-deterrence")]
    public void North_and_South_Korean_wording_names_the_topic(string text, string topic) =>
        TopicsOf(text, "ko").ShouldContain(topic);

    [Theory]
    [InlineData("양 장관은 유엔 안전보장이사회 결의의 충실한 이행을 강조하였다.", "security-guarantees")]
    [InlineData("조 장관은 이번 방문이 양국 관계에 역사적인 방문이 될 것이라고 하였다.", "history")]
    [InlineData("양측은 농축산물 교역 확대 방안을 논의하였다.", "enrichment-reprocessing")]
    public void Korean_stems_no_longer_catch_another_meaning(string text, string topic) =>
        TopicsOf(text, "ko").ShouldNotContain(topic);

    [Fact]
    public void Condemning_the_DPRKs_military_cooperation_with_Russia_against_concern_about_it_is_framing_not_omission()
    {
        const string english = "I reiterated Australia's condemnation of the DPRK's unlawful military cooperation with Russia.";
        const string korean = "양 장관은 북러 군사협력에 대해 우려를 표명하였다.";
        TopicsOf(english, "en").ShouldContain("dprk-russia-cooperation");
        var result = Shared.Compare("AU-DFAT", english, "en", "KR-MOFA", korean, "ko");
        result.Omissions.ShouldBeEmpty();
        result.Framing.ShouldContain(f => f.Topic == "dprk-russia-cooperation");
    }

    [Fact]
    public void Condemning_two_topics_in_one_clause_against_condemning_one_of_them_is_no_framing()
    {
        const string a = "The ministers condemned North Korea's missile launches and its military cooperation with Russia.";
        const string b = "The two ministers condemned North Korea's launches of ballistic missiles.";
        Shared.Compare("DE-AA", a, "en", "JP-MOFA", b, "en").Framing.ShouldNotContain(f => f.Topic == "dprk-missiles");
    }

    [Fact]
    public void Announcing_what_the_other_side_only_discussed_as_a_proposal_is_framing()
    {
        const string a = "The Minister announced the launch of a joint coastguard training academy in Cebu.";
        const string b = "The two Ministers discussed the proposal to establish a joint coastguard training academy in Cebu.";
        var framing = Shared.Compare("AA-MFA", a, "en", "BB-MFA", b, "en").Framing.ShouldHaveSingleItem();
        framing.Topic.ShouldStartWith("outcome-of:");
        framing.A.Qualifiers.ShouldBe(["settled"]);
        framing.B.Qualifiers.ShouldBe(["open"]);
    }

    [Theory]
    [InlineData("The two Ministers agreed to establish a joint coastguard training academy in Cebu.")]
    [InlineData("The Minister announced the launch of a joint coastguard training academy in Cebu.")]
    public void The_same_outcome_in_other_words_is_no_framing(string b)
    {
        const string a = "The Minister announced the launch of a joint coastguard training academy in Cebu.";
        Shared.Compare("AA-MFA", a, "en", "BB-MFA", b, "en").Framing.ShouldBeEmpty();
    }

    [Fact]
    public void Agreeing_that_staff_will_study_a_plan_is_still_open() =>
        StanceMarkers.Stances("They agreed that their staffs would study its structure further.").ShouldContain("open");
}
