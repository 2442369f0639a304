using Divergence.Analysis.Text;

using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.4 (round 22), reading a page: a news story's other voices (a country's ministry named by the
/// country, the reporter) are not the issuer's; the issuer's minister is known from "the DFA said Lazaro welcomed" and a
/// readout its own ministry released; a recalled meeting or "the first call since" is setting; taxonomy wordings.
/// Sentences are made up.</summary>
public class Round22Tests
{
    const string AgencyStory = """
        China, Pakistan hold strategic dialogue

        BEIJING, May 20 (Xinhua) -- Chinese Foreign Minister Wang Yi held the strategic dialogue with Pakistani Foreign Minister Ishaq Dar in Beijing on Wednesday.

        Wang said that China will work with Pakistan to send the first Pakistani astronaut to the space station.

        China supports a peaceful settlement of differences through dialogue, Wang added.

        Pakistan's Foreign Office said in a statement that Dar had also called for early work on the railway upgrade.

        The two countries established diplomatic relations in 1951.
        """;

    [Fact]
    public void A_story_citing_the_other_countrys_ministry_by_name_still_quotes_its_own_principal()
    {
        Kept(AgencyStory, "first Pakistani astronaut").ShouldBeTrue();
        Kept(AgencyStory, "peaceful settlement of differences").ShouldBeTrue();
        Kept(AgencyStory, "early work on the railway upgrade").ShouldBeFalse();
    }

    [Fact]
    public void The_other_voices_of_a_news_story_are_marked_and_the_issuers_words_are_not()
    {
        var claims = Claims(AgencyStory);
        claims.Where(c => c.Text.Contains("railway upgrade", StringComparison.Ordinal)).ShouldAllBe(c => c.OtherVoice);
        claims.Where(c => c.Text.Contains("1951", StringComparison.Ordinal)).ShouldAllBe(c => c.OtherVoice);
        claims.Where(c => c.Text.Contains("astronaut", StringComparison.Ordinal)).ShouldAllBe(c => !c.OtherVoice);
        Claims("The two ministers met in Seoul. They discussed trade.").ShouldAllBe(c => !c.OtherVoice);
    }

    const string ReleaseStory = """
        PH, Japan top diplomats meet

        By Maria Santos
        January 20, 2026

        MANILA – The Philippines and Japan agreed to expand cooperation, the Department of Foreign Affairs (DFA) said.

        "We agreed to conclude the negotiations on the logistics agreement within the year," Lazaro said in remarks released by the DFA.

        The DFA said Lazaro welcomed Japan's provision of coastal radar systems to the navy.

        Lazaro also informed Motegi that the Philippines would push for a legally binding code of conduct in the South China Sea.
        """;

    [Fact]
    public void A_minister_the_release_reports_speaks_for_it_after()
    {
        Kept(ReleaseStory, "logistics agreement within the year").ShouldBeTrue();
        Kept(ReleaseStory, "legally binding code of conduct").ShouldBeTrue();
    }

    [Fact]
    public void A_minister_named_in_the_releases_report_is_its_speaker_without_a_quote_of_his_own() =>
        Kept(ReleaseStory.Replace("\"We agreed to conclude the negotiations on the logistics agreement within the year,\" Lazaro said in remarks released by the DFA.\n", ""),
            "legally binding code of conduct").ShouldBeTrue();

    const string OwnReadoutStory = """
        Chinese FM holds talks with German FM

        BERLIN, Nov. 17 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with German Foreign Minister Johann Wadephul in Berlin on Tuesday, according to a readout released by the Chinese Foreign Ministry.

        Wang said that the two sides should strengthen cooperation in addressing climate change.

        The two sides agreed to resume the intergovernmental consultations next year, according to a readout released by the Chinese Foreign Ministry.

        Berlin is the first stop of Wang's trip to Europe.
        """;

    [Fact]
    public void A_readout_released_by_the_principals_own_ministry_is_the_issuers()
    {
        Kept(OwnReadoutStory, "addressing climate change").ShouldBeTrue();
        Kept(OwnReadoutStory, "intergovernmental consultations").ShouldBeTrue();
        Kept(OwnReadoutStory, "first stop").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Building on their in-person meeting in Kuala Lumpur last fall, the two leaders discussed crisis communication.", "Kuala Lumpur")]
    [InlineData("이재명 대통령은 트럼프 대통령과 통화했습니다. 두 정상 간 통화는 지난해 10월 경주 정상회담 이후 처음입니다.", "이후 처음")]
    [InlineData("The call was their first conversation since the summit in October.", "first conversation since")]
    public void A_line_that_recalls_an_earlier_meeting_is_setting(string page, string words)
    {
        var claims = Claims(page, Language.Guess(page)).Where(c => c.Text.Contains(words, StringComparison.Ordinal)).ToList();
        claims.ShouldNotBeEmpty();
        claims.ShouldAllBe(c => c.Setting || c.Debris);
    }

    [Fact]
    public void A_korean_list_of_related_briefings_is_debris() =>
        Claims("양 정상은 긴밀히 소통해 나가기로 했습니다.\n\n관련 브리핑\n· 이재명 대통령, 한미 정상회담 결과 관련 브리핑 (2025.10.)\n", "ko")
            .Where(c => c.Text.Contains("정상회담 결과", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);

    [Theory]
    [InlineData("The ministers concurred to continue regular reciprocal visits between the defense ministers.", "en", "leader-visit")]
    [InlineData("양 장관은 국방장관 간 정례적인 상호 방문을 지속해 나가기로 하였다.", "ko", "leader-visit")]
    [InlineData("양 정상은 동맹을 한층 굳건히 다져 나가자는 데 뜻을 같이했습니다.", "ko", "alliance-commitments")]
    [InlineData("The minister apprised the Chinese side of the security measures in place for Chinese nationals in Pakistan.", "en", "nationals-safety")]
    [InlineData("He highlighted the need to address the growing trade deficit.", "en", "trade-imbalance")]
    [InlineData("양측은 무역 불균형 해소 방안을 논의하였다.", "ko", "trade-imbalance")]
    [InlineData("They took stock of the implementation of the decisions taken by the leaders.", "en", "leader-call")]
    [InlineData("He took up the matter of Indian nationals who have been recruited into the Russian armed forces.", "en", "nationals-safety")]
    [InlineData("The two sides discussed ways to ensure smooth payment arrangements for bilateral trade.", "en", "currency")]
    [InlineData("We will continue to resist illegitimate unilateral restrictions on our trade.", "en", "sanctions-implementation")]
    [InlineData("The President stressed that Korea must take on a greater share of the burden of its own conventional defense.", "en", "defense-spending")]
    [InlineData("They reaffirmed their rejection of hegemonism and unilateral approaches in international affairs.", "en", "multipolarity")]
    [InlineData("양측은 패권주의와 일방주의에 반대하기로 하였다.", "ko", "multipolarity")]
    public void Taxonomy_wordings_of_round_22(string sentence, string language, string topic) =>
        TopicsOf(sentence, language).ShouldContain(topic);

    [Theory]
    [InlineData("He said the trade deal would be signed soon.", "en", "trade-imbalance")]
    [InlineData("Wang said unilateralism and protectionism are undermining the global economy.", "en", "multipolarity")]
    [InlineData("조 장관은 남북 고속철도 사업을 비롯한 베트남 인프라 사업에 우리 기업이 참여할 수 있도록 지원을 요청하였다.", "ko", "inter-korean-relations")]
    public void Not_the_topic(string sentence, string language, string topic) =>
        TopicsOf(sentence, language).ShouldNotContain(topic);

    [Fact]
    public void Inter_korean_railways_stay_inter_korean() =>
        TopicsOf("양 정상은 남북 철도 연결 사업을 논의하였다.", "ko").ShouldContain("inter-korean-relations");

    [Fact]
    public void A_pronoun_takes_its_qualifier_from_earlier_in_the_sentence()
    {
        var claim = Claims("We shared our serious concern about North Korea's missile launches, and reaffirmed our commitment to its complete denuclearisation.")
            .Single(c => c.Text.Contains("denuclearisation", StringComparison.Ordinal));
        claim.Qualifiers.ShouldContain("denuclearization:of-north-korea");
        claim.Qualifiers.ShouldContain("denuclearization:complete");
        Claims("The ministers discussed North Korea's missile launches, and reaffirmed the complete denuclearization of the Korean Peninsula.")
            .Single(c => c.Text.Contains("denuclearization", StringComparison.Ordinal)).Qualifiers.ShouldNotContain("denuclearization:of-north-korea");
    }
}
