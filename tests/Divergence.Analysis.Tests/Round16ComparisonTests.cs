namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.8 (round 16), comparing two accounts: a Korean code the English side spells out is shared, a
/// defence answers the objection closest to it, named programmes and named items inside a shared topic are omissions,
/// cross-border terrorism and a named sea against "maritime issues" are framings, and a clause a position framing quotes
/// is not also an omission of its subject. Sentences are made up.</summary>
public class Round16ComparisonTests
{
    [Fact]
    public void A_Korean_code_the_English_account_spells_out_is_the_same_point()
    {
        const string ko = "양 장관은 제57차 한미안보협의회의(SCM)에서 합의한 확장억제 강화 방안의 이행 상황을 점검했다.";
        const string en = "The two leaders pledged to maintain close communication as they prepare for this year's Security Consultative Meeting.";
        Shared.Compare("KR-MND", ko, "ko", "US-DOD", en, "en").Omissions.ShouldNotContain(o => o.StatedBy == "KR-MND");
        // Without a topic the claim is checked for codes the other side never writes: a spelled-out one is written.
        const string topicless = "양 장관은 미래연합사령부의 완전운용능력(FOC) 검증을 조속히 완료할 수 있도록 긴밀히 협력해 나가기로 했다.";
        const string spelled = "They agreed to complete the Full Operational Capability verification of the Future Combined Forces Command.";
        Shared.Compare("KR-MND", topicless, "ko", "US-DOD", spelled, "en", minimumConfidence: 0.5).Omissions.ShouldNotContain(o => o.StatedBy == "KR-MND");
    }

    [Fact]
    public void A_defence_answers_the_objection_closest_to_it()
    {
        const string a = "The HR/VP called on China to address persistent market access barriers faced by European companies. " +
                         "She expressed serious concern about China's expanded export controls on rare earths, which disrupt European industry.";
        const string b = "China's export control measures on relevant items are legitimate and in line with international practice.";
        var framing = Shared.Compare("EU-EEAS", a, "en", "CN-MFA", b, "en").Framing.ShouldHaveSingleItem();
        framing.A.Text.ShouldContain("export controls on rare earths");
    }

    [Theory]
    [InlineData("The two ministers welcomed the participation of the Air Self-Defense Force in Exercise Pitch Black 2026.", "The two ministers agreed to continue combined exercises and training.", "pitch-black")]
    [InlineData("양 장관은 제5차 핵협의그룹(NCG) 회의를 상반기 중 서울에서 개최하기로 했다.", "The Secretary reaffirmed the U.S. commitment to extended deterrence for the ROK.", "nuclear-consultative-group")]
    [InlineData("She briefed him on recent incidents near Bajo de Masinloc in the South China Sea.", "The two ministers shared serious concerns over the situation in the South China Sea.", "scarborough-shoal")]
    public void A_named_exercise_meeting_or_shoal_inside_a_shared_topic_is_an_item(string a, string b, string item)
    {
        var language = a.Any(c => c >= '가') ? "ko" : "en";
        Shared.Compare("JP-MOFA", a, language, "AU-DFAT", b, "en").Omissions.Where(o => o.StatedBy == "JP-MOFA")
            .ShouldContain(o => o.Label.EndsWith(item));
    }

    [Fact]
    public void A_named_programme_inside_a_shared_subject_that_the_other_side_never_names_is_an_omission()
    {
        const string a = "The two sides agreed to accelerate flagship projects under the Luzon Economic Corridor.";
        const string b = "The two ministers agreed to expand cooperation on infrastructure and development projects.";
        Shared.Compare("PH-DFA", a, "en", "JP-MOFA", b, "en").Omissions.Where(o => o.StatedBy == "PH-DFA")
            .ShouldContain(o => o.Label == "Luzon Economic Corridor");
    }

    [Theory]
    // The relationship's own framework, by a party's name or by its title, is worded each side's way.
    [InlineData("The two ministers reviewed the India-Germany Strategic Partnership.", "The ministers noted the growing significance of the strategic partnership.")]
    [InlineData("Both sides reaffirmed the All-Weather Strategic Cooperative Partnership.", "The ministers discussed the bilateral relationship.")]
    [InlineData("They agreed to deepen cooperation under the India-Germany Migration and Mobility Partnership.", "They agreed to facilitate the mobility of skilled professionals.")]
    // The same name abbreviated, or written with the same words.
    [InlineData("They discussed connectivity through the International North-South Transport Corridor.", "They discussed connectivity through the INSTC.")]
    [InlineData("They welcomed the Mobility Arrangement for Talented Early-professionals Scheme (MATES).", "They welcomed progress on skilled worker mobility under the MATES programme.")]
    [InlineData("Japan will support the Metro Manila Subway Project.", "Japan will continue its support for the Metro Manila subway.")]
    // A title is no programme.
    [InlineData("Member of the Political Bureau of the CPC Central Committee Wang Yi held talks on trade.", "The ministers held talks on trade.")]
    public void A_name_the_other_side_writes_or_that_names_the_relationship_is_no_omission(string a, string b) =>
        Shared.Compare("IN-MEA", a, "en", "DE-AA", b, "en").Omissions.Where(o => o.StatedBy == "IN-MEA")
            .ShouldNotContain(o => o.Confidence == Comparison.NamedProgrammes.Confidence);

    [Fact]
    public void Terrorism_across_the_border_against_terrorism_in_all_its_forms_is_a_framing()
    {
        const string a = "The ministers reaffirmed their resolve to jointly counter international terrorism in all its forms and manifestations.";
        const string b = "He underlined the need for zero tolerance for cross-border terrorism.";
        Shared.Compare("RU-MID", a, "en", "IN-MEA", b, "en").Framing.ShouldContain(f => f.Topic == "counterterrorism");
        // Both sides saying both is no framing.
        const string both = "Both ministers condemned terrorism in all its forms and manifestations, including cross-border terrorism.";
        Shared.Compare("DE-AA", both, "en", "IN-MEA", both, "en").Framing.ShouldBeEmpty();
    }

    [Fact]
    public void A_purchase_defended_as_guided_by_national_need_answers_a_request_to_stop_it()
    {
        const string a = "The Secretary encouraged India to further reduce its imports of Russian oil.";
        const string b = "He underlined that India's sourcing of crude, including from Russia, is guided by the imperative of ensuring affordable energy for its people.";
        Shared.Compare("US-DOS", a, "en", "IN-MEA", b, "en").Framing.ShouldContain(f => f.B.Qualifiers.Contains("defended"));
    }

    [Theory]
    [InlineData("They discussed practical deliverables, including the Quad Ports of the Future Partnership.", "They welcomed the Quad's practical cooperation.", "Quad Ports of the Future Partnership")]
    [InlineData("The Secretary welcomed the momentum generated under the TRUST initiative on critical technologies.", "They agreed to deepen cooperation on critical technologies.", "TRUST initiative")]
    public void A_name_with_two_joining_words_or_an_acronym_before_its_head_noun_is_a_named_programme(string a, string b, string label) =>
        Shared.Compare("US-DOS", a, "en", "IN-MEA", b, "en").Omissions.Where(o => o.StatedBy == "US-DOS").ShouldContain(o => o.Label == label);

    [Fact]
    public void An_acronym_programme_named_after_the_two_parties_is_the_relationships_own() =>
        Shared.Compare("IN-MEA", "They underscored trusted technology cooperation under the U.S.-India TRUST initiative on critical technologies.", "en",
                "US-DOS", "They agreed to deepen cooperation on critical technologies.", "en")
            .Omissions.ShouldNotContain(o => o.Confidence == Comparison.NamedProgrammes.Confidence);

    [Fact]
    public void A_named_sea_against_maritime_issues_in_general_is_a_framing_not_an_omission()
    {
        const string a = "조 장관은 서해 잠정조치수역 내 중국 측 구조물 설치 문제와 관련하여 우리 측의 우려를 재차 전달하였다.";
        const string b = "The two sides agreed that maritime issues should be properly handled through friendly consultation.";
        var result = Shared.Compare("KR-MOFA", a, "ko", "CN-MFA", b, "en");
        result.Framing.ShouldHaveSingleItem().Topic.ShouldBe("yellow-sea");
        result.Omissions.ShouldNotContain(o => o.Topic == "yellow-sea");
        // Without the vague wording the sea is simply omitted.
        Shared.Compare("KR-MOFA", a, "ko", "CN-MFA", "The two sides agreed to expand trade.", "en").Omissions.ShouldContain(o => o.Topic == "yellow-sea");
    }

    [Theory]
    [InlineData("양 장관은 한일중 정상회의가 조속히 개최될 수 있도록 협력해 나가기로 하였다.", "ko", "China will host APEC this year and looks forward to the ROK's support.", "china-japan-korea")]
    [InlineData("The ministers discussed the co-production of Javelin missiles and F-35 aircraft.", "en", "The ministers discussed the co-production of Javelin missiles.", "f-35")]
    public void A_summit_or_weapon_the_other_side_does_not_name_inside_a_shared_topic_is_an_item(string a, string language, string b, string item) =>
        Shared.Compare("KR-MOFA", a, language, "CN-MFA", b, "en").Omissions.Where(o => o.StatedBy == "KR-MOFA")
            .ShouldContain(o => o.Label.EndsWith(item));

    [Fact]
    public void Denuclearization_against_peace_on_the_Peninsula_is_one_framing_not_also_an_omission()
    {
        const string a = "조 장관은 한반도의 완전한 비핵화와 항구적 평화 정착을 위한 우리 정부의 노력을 설명하였다.";
        const string b = "The ministers discussed the situation on the Korean Peninsula and the importance of peace and stability in the region.";
        var result = Shared.Compare("KR-MOFA", a, "ko", "CA-GAC", b, "en");
        result.Framing.ShouldContain(f => f.Topic == "korean-peninsula");
        result.Omissions.ShouldNotContain(o => o.Topic == "denuclearization");
    }

    [Fact]
    public void Another_subject_in_a_clause_quoted_by_a_framing_is_still_an_omission()
    {
        const string a = "The ministers reaffirmed their resolve to counter international terrorism in all its forms and manifestations.";
        const string b = "He underlined the need for zero tolerance for cross-border terrorism and thanked Russia for its support for India's permanent membership of a reformed UN Security Council.";
        var result = Shared.Compare("RU-MID", a, "en", "IN-MEA", b, "en");
        result.Framing.ShouldContain(f => f.Topic == "counterterrorism");
        result.Omissions.ShouldContain(o => o.StatedBy == "IN-MEA" && o.Topic == "un-reform");
    }
}
