using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.4 (round 32), reading a page: a Korean written briefing titled by the summit it reports, whose
/// answers on the summit are the office's account, and an answer about "this issue" is about what was asked; the
/// spokesperson's lead-in to answers on media queries; gratitude for service in a war long ago; whose nationals a
/// side speaks for; agreeing to speed up negotiations is still negotiating. Sentences and names are made up.</summary>
public class Round32Tests
{
    const string WrittenBriefing = """
        홈 > 브리핑 > 대변인 브리핑

        [서면 브리핑] 이재명 대통령, 요코하마에서 일본 총리와 한일 정상회담
        2026.03.02.  대변인 김하늘

        이재명 대통령은 오늘 오후 일본 총리와 정상회담을 가졌습니다.

        양 정상은 저출생·고령화 문제에 공동 대응하기 위한 협의체를 출범시키기로 했습니다.

        [질의응답]

        Q. 일본 측이 수산물 수입 규제 문제를 거론했습니까?
        A. 일본 측 언급이 있었습니다. 이 대통령은 이 문제는 국민의 안전과 건강을 최우선으로 판단하겠다는 입장을 밝혔습니다.

        Q. 한일중 정상회의 관련 논의도 있었습니까?
        A. 양 정상은 연내 한일중 정상회의가 성공적으로 열리도록 협력하기로 했습니다.

        Q. 내일 일정은 어떻게 됩니까?
        A. 오전에 동포 간담회가 예정돼 있습니다.
        """;

    [Fact]
    public void A_written_briefing_titled_by_the_summit_counts_its_answers_on_the_summit()
    {
        var claims = Claims(WrittenBriefing, "ko");
        claims.ShouldContain(c => c.Text.Contains("한일중 정상회의가 성공적으로") && !c.Debris && c.Topics.Contains("multilateral-summits"));
        // An answer about anything else, and every question, stay debris.
        claims.Where(c => c.Text.Contains("동포 간담회") || c.Text.Contains("습니까")).ShouldAllBe(c => c.Debris);
    }

    [Fact]
    public void An_answer_about_this_issue_is_about_what_was_asked()
    {
        var claims = Claims(WrittenBriefing, "ko");
        claims.ShouldContain(c => c.Text.Contains("이 문제는") && c.Topics.Contains("food-import-restrictions"));
        // The request the other side reports is then answered, not left out.
        Compare("KR-PO", WrittenBriefing, "ko", "JP-PMO", "Prime Minister requested the early lifting of the ROK's import restrictions on Japanese food products.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "JP-PMO" && o.Topic == "food-import-restrictions");
        // Without "this issue" the answer is its own words only.
        Claims(WrittenBriefing.Replace("이 문제는 ", ""), "ko").ShouldNotContain(c => c.Topics.Contains("food-import-restrictions") && !c.Debris);
    }

    [Fact]
    public void A_regular_briefing_titled_so_is_no_briefing_on_the_summit()
    {
        var regular = WrittenBriefing.Replace("[서면 브리핑] 이재명 대통령, 요코하마에서 일본 총리와 한일 정상회담", "[정례 브리핑] 대변인 정례 브리핑, 한일 정상회담");
        Claims(regular, "ko").Where(c => c.Text.Contains("한일중 정상회의가 성공적으로")).ShouldAllBe(c => c.Debris);
    }

    [Theory]
    [InlineData("In response to media queries regarding the telephone conversation between Prime Minister and President Trump today, the Official Spokesperson said:")]
    [InlineData("In response to a question on the visit, the spokesperson stated:")]
    public void The_lead_in_to_answers_on_media_queries_is_debris(string line) => Boilerplate.IsDebris(line).ShouldBeTrue();

    [Fact]
    public void What_the_spokesperson_said_in_response_is_not()
    {
        Boilerplate.IsDebris("In response to the attack, the Prime Minister said India would act against the perpetrators.").ShouldBeFalse();
        Boilerplate.IsDebris("In response to a question on the visit, the spokesperson said India would deepen its ties with Japan.").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Minister Ahn thanked the Philippines for the 7,400 Filipino soldiers who fought alongside Korean troops during the Korean War.", "en")]
    [InlineData("안 장관은 6·25전쟁 당시 필리핀의 참전과 희생에 깊은 감사를 표했다.", "ko")]
    public void Gratitude_for_service_in_a_war_long_ago_is_a_courtesy(string sentence, string language) =>
        Compare("KR-MND", sentence + (language == "ko" ? "\n\n양 장관은 방산 협력을 확대하기로 했다." : "\n\nThe two ministers agreed to expand defense industry cooperation."), language,
            "PH-DND", "The two ministers agreed to expand defense industry cooperation.", "en").Omissions.ShouldBeEmpty();

    [Fact]
    public void The_war_named_as_a_topic_is_still_one() =>
        Compare("US-DOW", "The Secretary pledged to intensify efforts to recover the remains of service members missing from the Korean War.", "en",
            "KR-MND", "The two ministers agreed to expand defense industry cooperation.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "US-DOW");

    [Fact]
    public void A_nations_headcount_is_no_figure_of_the_talks()
    {
        const string other = "The two leaders discussed energy security.";
        Compare("IN-MEA", "Our energy sourcing decisions ensure affordable and secure energy for 1.4 billion Indians.", "en", "US-WH", other, "en")
            .Omissions.ShouldBeEmpty();
        Compare("IN-MEA", "Our energy sourcing decisions are backed by a fund of 1.4 billion dollars for secure energy.", "en", "US-WH", other, "en")
            .Omissions.ShouldContain(o => o.StatedBy == "IN-MEA");
        Compare("IN-MEA", "Noting that some 12 million people travel between the two countries each year, they discussed energy security.", "en", "US-WH", other, "en")
            .Omissions.ShouldContain(o => o.StatedBy == "IN-MEA");
    }

    [Fact]
    public void Each_side_asking_for_the_safety_of_its_own_nationals_states_two_points()
    {
        var result = Compare("JP-MOFA", "Minister Motegi requested the early release of the Japanese nationals detained in China.", "en",
            "CN-MFA", "Wang Yi said Japan should ensure the safety and legitimate rights of Chinese citizens in Japan.", "en");
        result.Omissions.ShouldContain(o => o.StatedBy == "JP-MOFA" && o.Topic == "nationals-safety");
        result.Omissions.ShouldContain(o => o.StatedBy == "CN-MFA" && o.Topic == "nationals-safety");
        // The same nationals named on both sides, in either language, are one point.
        Compare("KR-MOFA", "조 장관은 구금된 우리 국민의 조속한 석방을 요청했다.", "ko",
            "US-DOS", "The Secretary discussed the detention of Korean nationals and their early release.", "en")
            .Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void Agreeing_to_speed_up_negotiations_is_still_negotiating() =>
        Compare("KR-MOFA", "양 장관은 한중 FTA 서비스·투자 후속협상에 속도를 내기로 했다.", "ko",
            "CN-MFA", "The two sides agreed to speed up the second-phase negotiations of the China-ROK Free Trade Agreement covering services and investment.", "en")
            .Framing.ShouldBeEmpty();
}
