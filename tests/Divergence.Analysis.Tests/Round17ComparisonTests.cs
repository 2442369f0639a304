using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.9 (round 17), comparing two accounts: a purpose tail is detail of its head, the same quantity or
/// amount (in either script's units) and a programme both sides name are the same point, support for Ukraine is
/// answered by words on peace, and a course settled on one side and still open on the other is a framing. Sentences
/// are made up.</summary>
public class Round17ComparisonTests
{
    [Theory]
    [InlineData("The ministers welcomed progress on the Chennai-Bengaluru high-speed rail project, with the first section between Hosur and Krishnagiri expected to open to passengers in 2028.",
                "Both sides welcomed the progress of the Chennai-Bengaluru high-speed rail project.")]
    [InlineData("China hopes that Australia will treat Chinese investment in its ports in line with market principles, so as to protect the legitimate rights and interests of Chinese companies.",
                "The two ministers discussed Chinese investment in Australian ports.")]
    public void A_purpose_or_expected_outcome_tail_is_detail_of_its_shared_head(string a, string b) =>
        Shared.Compare("CN-MFA", a, "en", "AU-DFAT", b, "en").Omissions.ShouldNotContain(o => o.StatedBy == "CN-MFA");

    [Fact]
    public void The_same_quantity_in_two_wordings_is_the_same_point()
    {
        const string a = "Secretary Hegseth noted that the United States will invest $240 million this fiscal year in infrastructure at Enhanced Defense Cooperation Agreement sites.";
        const string b = "Secretary Hegseth informed SND Santos that the US will allocate USD 240 million in the current fiscal year for infrastructure projects at Enhanced Defense Cooperation Agreement (EDCA) sites.";
        Shared.Compare("US-DOD", a, "en", "PH-DND", b, "en").Omissions.ShouldNotContain(o => o.StatedBy == "US-DOD");
    }

    [Theory]
    [InlineData("climate", "They agreed to speed up the work of the India-UK Offshore Wind Taskforce.", false)]
    [InlineData("climate", "They agreed to speed up the work of the India-UK Green Hydrogen Taskforce.", true)]
    // Named in passing, on no topic of the claim: not an answer to it.
    [InlineData("critical-minerals", "They welcomed the first anniversary of the Technology Security Initiative.", true)]
    public void A_programme_both_sides_name_answers_the_point_made_under_it(string topic, string other, bool omitted)
    {
        var a = topic == "climate"
            ? "The two ministers also talked about skills, welcoming new joint degree courses, and climate, where they agreed to step up work under the UK-India Offshore Wind Taskforce."
            : "The two ministers also talked about skills, welcoming new joint degree courses, and critical minerals, where they agreed to launch a recycling pilot under the Technology Security Initiative.";
        Shared.Compare("GB-FCDO", a, "en", "IN-MEA", other, "en").Omissions.Any(o => o.StatedBy == "GB-FCDO" && o.Topic == topic).ShouldBe(omitted);
    }

    [Fact]
    public void Support_for_Ukraine_is_answered_by_the_other_sides_words_on_peace_but_a_request_for_more_is_not()
    {
        const string peace = "The ministers agreed to keep working toward a just and lasting peace in Ukraine.";
        Shared.Compare("FR-MEAE", "The Minister reaffirmed France's unwavering support for Ukraine.", "en", "JP-MOFA", peace, "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "FR-MEAE");
        Shared.Compare("DE-AA", "He encouraged Seoul to expand its support for Ukraine.", "en", "KR-MOFA", peace, "en")
            .Omissions.ShouldContain(o => o.StatedBy == "DE-AA" && o.Topic == "ukraine-support");
    }

    [Theory]
    [InlineData("The two ministers agreed to accelerate concrete cooperation in defence equipment and technology.", "en",
                "The ministers agreed to explore opportunities for cooperation in defence equipment and technology.")]
    [InlineData("양 정상은 상반기 중 총리의 방한을 추진하기로 했다.", "ko",
                "The two leaders agreed to continue coordinating a convenient time for the Prime Minister's next visit to the ROK.")]
    [InlineData("The ministers welcomed the implementation of the reciprocal trade agreement concluded last year.", "en",
                "The minister expressed hope for an early finalization of the remaining elements of the trade arrangement.")]
    public void A_course_settled_on_one_side_and_still_open_on_the_other_is_a_framing(string a, string language, string b) =>
        Shared.Compare("JP-MOFA", a, language, "IN-MEA", b, "en").Framing.ShouldNotBeEmpty();

    [Fact]
    public void A_framework_signed_is_a_settled_course() =>
        StanceMarkers.Stances("under the ten-year defence framework signed in October last year").ShouldContain("approval");

    [Fact]
    public void The_same_amount_in_Korean_and_English_units_is_the_same_point()
    {
        // English against a Korean account (with an English line, so the English route compares): the figure is no anchor.
        const string en = "5. Welcoming that the number of people travelling between Japan and the ROK exceeded 12 million last year, the highest figure on record, the two leaders agreed to jointly look into expanding the number of participants in the working holiday programme.";
        const string ko = "아울러 양 정상은 지난해 양국 간 인적 교류가 1,200만 명을 넘어서며 역대 최대치를 기록한 것을 평가하고, 워킹홀리데이 참가 인원 확대 방안을 함께 검토해 나가기로 했습니다.\n" +
                          "The two leaders also agreed to cooperate on artificial intelligence.";
        Shared.Compare("JP-PMO", en, "en", "KR-PO", ko, "ko").Omissions.ShouldNotContain(o => o.StatedBy == "JP-PMO");
        // Korean against English: a shared amount is shared evidence of the same point, whatever topic each side names.
        const string koInvest = "양 장관은 3,500억 달러 규모의 대미 투자 패키지 이행 상황을 점검하였다.";
        const string enInvest = "They reviewed the implementation of the $350 billion package agreed last year.";
        Shared.Compare("KR-MOFA", koInvest, "ko", "US-DOS", enInvest, "en").Omissions.ShouldNotContain(o => o.StatedBy == "KR-MOFA");
    }

    [Fact]
    public void Accelerating_consultations_is_still_talking_on_both_sides()
    {
        const string ko = "양 정상은 또 우리의 원자력추진잠수함 건조와 관련한 양국 간 후속 협의를 속도감 있게 진행하기로 했습니다.";
        const string en = "The leaders agreed to accelerate consultations between the two governments on the ROK's construction of nuclear-powered submarines.";
        Shared.Compare("KR-PO", ko, "ko", "US-WH", en, "en").Framing.ShouldBeEmpty();
    }

    [Fact]
    public void A_threat_is_an_objection_in_Korean_as_in_English()
    {
        const string ko = "양 장관은 북러 군사협력이 한반도는 물론 유럽의 안보에도 심각한 위협이 된다는 데 인식을 같이하였다.";
        const string en = "They agreed that military cooperation between the DPRK and Russia poses a serious threat to security in Europe and on the Korean Peninsula.";
        Shared.Compare("KR-MOFA", ko, "ko", "GB-FCDO", en, "en").Framing.ShouldBeEmpty();
    }

    [Fact]
    public void A_fact_sheet_heading_in_capitals_is_not_part_of_the_claim()
    {
        const string ko = "한반도 문제와 관련해 양 정상은 북한의 완전한 비핵화라는 공동 목표를 재확인했습니다.";
        const string en = "PEACE THROUGH STRENGTH ON THE KOREAN PENINSULA: The two leaders restated their shared goal of the complete denuclearization of North Korea.";
        Shared.Compare("KR-PO", ko, "ko", "US-WH", en, "en").Framing.ShouldBeEmpty();
    }
}
