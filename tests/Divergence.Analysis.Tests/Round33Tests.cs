using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.5 (round 33), reading a page: a site banner's question is no press conference; the bulleted
/// points under a sentence that introduces them are its content; an overview's numbered section heading names what its
/// points are about; a news story citing the Prime Minister's Office by its initials; "Other news" lists; contact and
/// licence lines. Comparing: a list shared only in part; a deal close to being finalised against talks that continue;
/// an item named only in passing. Sentences and names are made up.</summary>
public class Round33Tests
{
    const string BannerPage = """
        Skip to main content
        An official website of the European Union | How do you know?
        Press material

        The High Representative and the Minister agreed to deepen cooperation on maritime security.

        The High Representative also underlined the importance of human rights and of civil society.
        """;

    [Fact]
    public void A_banner_question_before_the_body_opens_no_press_conference()
    {
        Kept(BannerPage, "importance of human rights").ShouldBeTrue();
        Kept(BannerPage, "cooperation on maritime security").ShouldBeTrue();
    }

    [Fact]
    public void A_question_after_the_body_still_opens_the_questions()
    {
        var page = BannerPage + "\nWill the two sides meet again before the summit?\nThe minister said a date would be set in the spring.\n";
        Kept(page, "a date would be set").ShouldBeFalse();
    }

    const string KoreanBullets = """
        □ 양 장관은 한미일 안보협력이 역내 평화에 기여하고 있다고 평가하고, 다음과 같이 협력을 지속해 나가기로 하였다.
          - 한미일 다영역 훈련인 '프리덤 에지' 등 3국 훈련의 지속 시행
          - 북한 미사일 경보정보 실시간 공유체계의 안정적 운용

        □ 국방교류협력과 관련하여 양 장관은,
          - 올해 중 수색·구조훈련을 실시하고,
          - 국방정책실무회의를 연내 개최하며,
          - 사관생도 간 상호 교류를 재개하기로 하였다.
        """;

    [Fact]
    public void Bulleted_points_under_a_sentence_that_introduces_them_are_its_content()
    {
        var claims = Claims(KoreanBullets, "ko");
        claims.ShouldContain(c => c.Text.Contains("프리덤 에지") && !c.Debris && c.Topics.Contains("combined-defense-posture"));
        claims.ShouldContain(c => c.Text.Contains("수색·구조훈련") && !c.Debris && c.Topics.Contains("disaster-relief"));
        claims.ShouldContain(c => c.Text.Contains("경보정보") && !c.Debris);
    }

    [Fact]
    public void Short_bullets_with_no_sentence_introducing_them_stay_page_furniture()
    {
        var page = "The ministers met in Seoul on Friday.\n\n- Foreign Policy\n- Press Releases\n- Contact\n";
        Claims(page).Where(c => c.Text.Contains("Press Releases") || c.Text.Contains("Foreign Policy")).ShouldAllBe(c => c.Debris);
        // A links list stays links even after a line ending in a colon.
        var links = "The ministers agreed to expand cooperation on clean energy.\n\nOther news:\n» Minister visits Laos for political consultations (10/03/2026)\n» Spokesperson answers questions on citizens in the Middle East (09/03/2026)\n";
        Claims(links).Where(c => c.Text.Contains("Laos") || c.Text.Contains("Middle East")).ShouldAllBe(c => c.Debris);
    }

    [Fact]
    public void A_numbered_section_heading_names_what_its_points_are_about()
    {
        const string overview = """
            The overview of the meeting is as follows.

            3. Japan-U.S.-ROK cooperation
            The two Ministers concurred to continue trilateral exercises, including the multi-domain exercise "Freedom Edge."
            """;
        const string korean = "양 장관은 한미일 안보협력이 북한 위협 억제에 기여하고 있다고 평가하였다.";
        Compare("KR-MND", korean, "ko", "JP-MOD", overview, "en").Omissions.ShouldNotContain(o => o.Topic == "trilateral-cooperation");
        // Without the heading the overview says nothing of the three countries' cooperation.
        Compare("KR-MND", korean, "ko", "JP-MOD", overview.Replace("3. Japan-U.S.-ROK cooperation\n", ""), "en")
            .Omissions.ShouldContain(o => o.StatedBy == "KR-MND" && o.Topic == "trilateral-cooperation");
    }

    [Fact]
    public void A_news_story_citing_the_prime_ministers_office_by_its_initials_reports_it()
    {
        const string story = """
            PTI | New Delhi | Updated: Mar 12, 2026, 21:42 IST

            Prime Minister Narendra Modi on Thursday spoke to European Commission President Ursula von der Leyen over the phone.

            In a statement, the Prime Minister's Office (PMO) said the two leaders reviewed the progress achieved in the FTA negotiations.

            According to the PMO, the two leaders agreed to deepen collaboration under the Trade and Technology Council, including in the areas of semiconductors.
            """;
        Kept(story, "reviewed the progress achieved").ShouldBeTrue();
        Kept(story, "deepen collaboration under the Trade and Technology Council").ShouldBeTrue();
    }

    [Fact]
    public void A_news_story_goes_on_with_the_prime_minister_it_reports()
    {
        const string story = """
            BEIJING: Prime Minister Shehbaz Sharif and President Xi Jinping on Thursday agreed to deepen the partnership, the Foreign Office said.

            The prime minister assured President Xi that Pakistan would ensure the safety and security of Chinese nationals in the country.

            The prime minister invited President Xi to undertake a state visit to Pakistan.

            This story has not been edited by The Capital Post staff and is auto-generated from a syndicated wire feed.
            """;
        Kept(story, "ensure the safety and security of Chinese nationals").ShouldBeTrue();
        Kept(story, "undertake a state visit").ShouldBeTrue();
    }

    [Fact]
    public void A_tranche_agreed_or_work_that_continues_is_a_stance()
    {
        StanceMarkers.Stances("The Secretary and the Foreign Minister agreed on the first tranche of projects under the investment commitment.").ShouldContain("decided");
        StanceMarkers.Stances("We agreed to continue work towards a critical minerals partnership.").ShouldContain("open");
    }

    [Theory]
    [InlineData("General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email")]
    [InlineData("All content is in the public domain unless otherwise stated.")]
    public void Contact_and_licence_lines_are_the_pages(string line) =>
        Claims("The ministers agreed to expand cooperation on clean energy.\n\n" + line + "\n").Where(c => c.Text.Contains(line[..20])).ShouldAllBe(c => c.Debris);

    // Most of the list's words stand in this account, so the whole claim embeds as its paraphrase.
    const string SharedPart = "Secretary Hegseth welcomed Task Force-Philippines reaching full operational capability, enhancing maritime domain awareness and interoperability between our forces. He encouraged the Philippines to continue increasing its defense spending.";

    [Fact]
    public void A_list_shared_only_in_part_leaves_its_other_areas_out()
    {
        const string list = "They also agreed to further enhance maritime domain awareness, interoperability, cyber defense, and humanitarian assistance and disaster response capabilities.";
        var omissions = Compare("PH-DND", list, "en", "US-DOW", SharedPart, "en").Omissions;
        omissions.ShouldContain(o => o.StatedBy == "PH-DND" && (o.Topic == "cyber-hybrid" || o.Topic == "disaster-relief" || o.Topic == "humanitarian"));
    }

    [Fact]
    public void A_list_with_one_area_unshared_is_still_a_paraphrase()
    {
        const string list = "They also agreed to further enhance maritime domain awareness, interoperability, and cyber defense between their forces.";
        Compare("PH-DND", list, "en", "US-DOW", SharedPart, "en").Omissions.ShouldNotContain(o => o.StatedBy == "PH-DND" && o.Topic == "cyber-hybrid");
    }

    [Fact]
    public void A_deal_close_to_being_finalised_against_talks_that_continue_is_framing()
    {
        Compare("RU-MID", "The parties are close to finalising the arrangements for establishing a gas hub in Türkiye.", "en",
                "TR-MFA", "The Ministers noted that discussions on the natural gas hub project continue.", "en")
            .Framing.ShouldNotBeEmpty();
        Compare("KR-MOFA", "양 장관은 포괄적경제동반자협정(CEPA) 개선 협상이 마무리 단계에 접어들었다는 데 공감하였다.", "ko",
                "IN-MEA", "The Ministers noted that negotiations to upgrade the Comprehensive Economic Partnership Agreement (CEPA) would continue.", "en")
            .Framing.ShouldContain(f => f.Topic == "trade-deal");
        // Both still negotiating: no difference.
        Compare("RU-MID", "The parties agreed to continue discussions on the gas hub in Türkiye.", "en",
                "TR-MFA", "The Ministers noted that discussions on the natural gas hub project continue.", "en")
            .Framing.ShouldBeEmpty();
    }

    [Fact]
    public void An_item_named_only_in_passing_is_below_the_report()
    {
        const string other = "The two ministers discussed the situation in the Middle East.";
        Compare("TR-MFA", "The Ministers also exchanged views on the situation in Syria.", "en", "RU-MID", other, "en")
            .Omissions.ShouldBeEmpty();
        Compare("TR-MFA", "Minister Fidan underlined Türkiye's support for the stability of Syria.", "en", "RU-MID", other, "en")
            .Omissions.ShouldContain(o => o.StatedBy == "TR-MFA" && o.Topic == "middle-east");
    }

    [Fact]
    public void An_amount_in_words_is_the_amount_in_digits()
    {
        Compare("AU-DEF", "The Deputy Prime Minister confirmed that Australia will make a further contribution of US$1 billion to the submarine industrial base.", "en",
                "US-DOW", "Secretary Hegseth thanked the Deputy Prime Minister for Australia's additional one billion dollar contribution to the submarine industrial base.", "en")
            .Omissions.ShouldBeEmpty();
        Text.Amounts.In("ten trillion yen in private investment").ShouldContain(10_000_000_000_000m);
    }

    [Fact]
    public void A_line_of_digits_alone_is_no_claim_in_any_language()
    {
        const string korean = "2026.04.09.\n\n양 정상은 지난해 발표된 공동 설명자료에 담긴 무역·투자 분야 합의를 충실하게 이행해 나가기로 했습니다.\n";
        Claims(korean, "ko").Where(c => c.Text.StartsWith("2026")).ShouldAllBe(c => c.Debris);
        // So the Korean account has no English claim to compare the English wording against word by word.
        Compare("KR-PO", korean, "ko", "US-WH",
                "The two leaders agreed to continue the faithful implementation of the trade and investment commitments set out in the Joint Fact Sheet released in November 2025.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "US-WH");
    }

    [Fact]
    public void An_overviews_particulars_are_the_meetings_setting()
    {
        var claims = Claims("3. Attendees: Minister of Defense KOIZUMI Shinjiro; Minister of National Defense AHN Gyu-back, Republic of Korea\n\n(1) The two Ministers agreed to hold the defense policy dialogue within this year.\n");
        claims.Where(c => c.Text.Contains("AHN Gyu-back")).ShouldAllBe(c => c.Debris || c.Setting);
        claims.ShouldContain(c => c.Text.Contains("defense policy dialogue") && !c.Debris && !c.Setting);
    }

    [Fact]
    public void A_guest_welcomed_on_a_first_visit_with_thanks_for_earlier_meetings_is_a_courtesy()
    {
        const string page = "Secretary Lazaro welcomed Secretary Rubio on his first visit to Manila as the top U.S. diplomat and thanked him for the warm exchanges they had during their previous meetings in Washington and Kuala Lumpur.";
        Compare("PH-DFA", page, "en", "US-DOS", "Secretary Rubio and Secretary Lazaro discussed the Luzon Economic Corridor.", "en")
            .Omissions.ShouldNotContain(o => o.StatedBy == "PH-DFA" && o.Evidence.Text.Contains("Kuala Lumpur"));
    }

    [Fact]
    public void A_name_running_on_to_its_abbreviation_is_the_abbreviation()
    {
        Compare("CN-MFA", "The two sides asked the expert group set up under the Working Mechanism for Consultation and Coordination on China-India Border Affairs (WMCC) to speed up its work.", "en",
                "IN-MEA", "They directed the Expert Group under the WMCC to expedite its work.", "en")
            .Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void A_hyphenated_name_is_the_same_words_unhyphenated()
    {
        Compare("IN-MEA", "The SRs agreed that the first meeting of the General Level Mechanism in the Middle Sector would be convened early.", "en",
                "CN-MFA", "The two sides agreed to convene the first meeting of the general-level mechanism for the middle sector at an early date.", "en")
            .Omissions.ShouldBeEmpty();
    }
}
