using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.8 (round 26), comparing two accounts: an official who briefed for the issuer, named by office
/// ("Foreign Secretary ... said"), and a quotation closed by "..., Misri told reporters"; a project named by its place
/// ("the Jaitapur project"); an acronym inside a programme's name; a name joined by an en dash; a pronoun's antecedent
/// earlier in the sentence; taxonomy wordings. Sentences and names are made up.</summary>
public class Round26ComparisonTests
{
    const string Briefing = """
        By Staff Reporter | Paris

        Prime Minister Modi and French President Macron on Tuesday held talks on defence and space, Foreign Secretary Anil Rao said.

        "The two leaders reviewed the roadmap of the partnership and the growing cooperation in space," Rao told reporters at a media briefing.

        Rao said India offered to build a second satellite launch pad with French firms.

        He said Macron reiterated France's support for India's membership of a reformed UN Security Council.

        British Foreign Secretary Jane Hale said in London that Europe would follow the talks closely.
        """;

    [Fact]
    public void An_official_named_by_his_office_briefs_for_the_issuer()
    {
        NewsArticle.AttributedToIssuer("The leaders held talks on defence and space, Foreign Secretary Anil Rao said.").ShouldBeTrue();
        NewsArticle.AttributedToIssuer("British Foreign Secretary Jane Hale said in London that Europe would follow the talks closely.").ShouldBeFalse();
        Kept(Briefing, "satellite launch pad").ShouldBeTrue();
        Kept(Briefing, "reformed UN Security Council").ShouldBeTrue();
        Kept(Briefing, "Europe would follow the talks").ShouldBeFalse();
    }

    [Fact]
    public void A_quotation_closed_by_told_reporters_is_the_speakers()
    {
        Kept(Briefing, "growing cooperation in space").ShouldBeTrue();
        // Told, without a quotation before it, is remarks of the speaker's own (at the airport, before the talks).
        const string remarks = """
            By Staff Reporter

            SEOUL, Sept. 8 (Korea Wire) -- Foreign Minister Cho met the U.S. Secretary of State in Washington, the ministry said.

            Cho said the two sides agreed to set up a working group on visas, the ministry said.

            Before leaving, Cho told reporters at the airport that his priority was the safe return of the workers.
            """;
        Kept(remarks, "safe return of the workers").ShouldBeFalse();
    }

    const string Nuclear = "On civil nuclear energy, the two leaders reaffirmed their commitment to the Jaitapur project.";

    [Fact]
    public void A_project_named_by_its_place_is_a_named_omission() =>
        Compare("FR-ELYSEE", Nuclear, "en", "IN-MEA", "The leaders discussed civil nuclear energy, including small modular reactors.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "FR-ELYSEE" && o.Label.Contains("Jaitapur", StringComparison.Ordinal));

    [Fact]
    public void The_project_the_other_side_names_too_is_shared() =>
        Compare("FR-ELYSEE", Nuclear, "en", "IN-MEA", "The leaders discussed civil nuclear energy, including the six reactors planned at Jaitapur.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "FR-ELYSEE");

    [Fact]
    public void An_acronym_in_a_programmes_name_is_the_name_the_other_side_spells_out() =>
        Compare("SG-MFA", "Both ministers agreed to press ahead with the implementation of the CSP Action Programme.", "en",
                "VN-MOFA", "The two ministers agreed to effectively implement the Action Programme for the Comprehensive Strategic Partnership.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "SG-MFA");

    [Fact]
    public void A_name_joined_by_an_en_dash_has_its_acronym()
    {
        Acronyms.OfNamesIn("the International North–South Transport Corridor").ShouldContain("INSTC");
        Compare("RU-MID", "The ministers reviewed transport routes, including the International North–South Transport Corridor.", "en",
                "IN-MEA", "The ministers reviewed connectivity projects, including the INSTC.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "RU-MID");
    }

    [Theory]
    [InlineData("They called for the complete denuclearisation of North Korea, and voiced serious concern at its growing military cooperation with Russia.")]
    [InlineData("They voiced concern about North Korea's missile launches and about the country's deepening military cooperation with Russia.")]
    public void A_pronoun_takes_north_korea_from_earlier_in_the_sentence(string sentence) =>
        TopicsOf(sentence).ShouldContain("dprk-russia-cooperation");

    [Fact]
    public void A_pronoun_reaches_back_only_for_wording_that_ends_in_its_clause()
    {
        // North Korea's cooperation with Russia is the first clause's; Indonesia's "its growing cooperation" is not it.
        var claims = Claims("They condemned North Korea's military cooperation with Russia, and praised Indonesia for its growing cooperation with ASEAN.");
        claims.Where(c => c.Text.Contains("Indonesia", StringComparison.Ordinal)).ShouldAllBe(c => !c.Topics.Contains("dprk-russia-cooperation"));
    }

    [Fact]
    public void Wartime_operational_control_is_an_item_of_alliance_modernisation() =>
        Compare("KR-MOFA", "양측은 동맹 현대화를 추진하고, 조건에 기반한 전시작전통제권 전환을 위한 협의를 지원해 나가기로 하였다.", "ko",
                "US-DOS", "The two sides discussed the modernization of the U.S.-ROK Alliance.", "en")
            .Omissions.ShouldContain(o => o.StatedBy == "KR-MOFA");

    [Fact]
    public void A_pronoun_without_the_antecedent_in_the_sentence_states_nothing_of_it() =>
        TopicsOf("They welcomed the visit of the Indonesian navy, and praised its growing military cooperation with Russia.")
            .ShouldNotContain("dprk-russia-cooperation");

    [Theory]
    [InlineData("They confirmed that they would continue to consider the conduct of the trilateral exercise.")]
    [InlineData("The two sides agreed to continue discussing possible cooperation in hydrogen.")]
    [InlineData("The ministers explored the possibility of expanding the search and rescue exercise.")]
    [InlineData("Viet Nam would carefully study the Korean side's proposal for cooperation in nuclear power.")]
    public void Considering_exploring_and_studying_are_still_open(string sentence) =>
        Comparison.StanceMarkers.Stances(sentence).ShouldContain("open");

    [Fact]
    public void A_decision_against_a_promise_to_study_it_is_framing() =>
        Compare("KR-MOFA", "양측은 원자력 발전 분야에서의 협력을 강화해 나가기로 하였다.", "ko",
                "VN-MOFA", "Viet Nam would carefully study the Korean side's proposal for cooperation in nuclear power development.", "en")
            .Framing.ShouldContain(f => f.Topic == "energy");

    [Theory]
    [InlineData("middle-east", "They discussed the India-Middle East-Europe Economic Corridor.", false)]
    [InlineData("middle-east", "They discussed the situation in the Middle East.", true)]
    [InlineData("dprk-russia-cooperation", "양 장관은 북-러 간 불법적인 군사협력을 규탄했다.", true)]
    [InlineData("labour-mobility", "The parties welcomed the agreement on temporary labour activity.", true)]
    [InlineData("combined-defense-posture", "We committed to larger and more complex exercises and activities under the agreement.", true)]
    [InlineData("combined-defense-posture", "They agreed to use the agreement for larger and more complex exercises.", false)]
    [InlineData("demographic-challenges", "The two sides agreed to launch a consultative body on low birth rates and ageing populations.", true)]
    [InlineData("demographic-challenges", "양국은 저출생·고령화 등 공통의 사회 문제에 공동 대응하기로 했다.", true)]
    [InlineData("base-issues", "The Minister requested thorough measures to prevent incidents and accidents involving U.S. forces personnel.", true)]
    [InlineData("base-issues", "He raised environmental issues around U.S. facilities, including PFAS.", true)]
    [InlineData("space", "안 장관은 방위성 청사에서 의장행사를 받았다.", false)]
    [InlineData("space", "양국은 위성 항법 분야 협력을 확대하기로 했다.", true)]
    public void Taxonomy_wordings(string topic, string sentence, bool stated) =>
        TopicsOf(sentence, Language.HasHangul(sentence) ? "ko" : "en").Contains(topic).ShouldBe(stated);
}
