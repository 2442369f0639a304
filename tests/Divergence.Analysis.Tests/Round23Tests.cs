using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.5 (round 23), reading a page: an agency lede with the principal's titles between name and verb; a
/// release "posted on the website of" another side's ministry; a department's briefing appended under "Related:" with
/// its spokesperson labelled "MR ..."; courtesies whoever makes them; a guest welcomed on the visit under way; taxonomy
/// wordings. Sentences are made up.</summary>
public class Round23Tests
{
    const string Story = """
        Wang Yi meets Lavrov in Moscow

        By Staff Reporter
        Published: Aug 27, 2026 11:52 PM

        Chinese Foreign Minister Wang Yi, also a member of the Political Bureau of the CPC Central Committee, held talks with Russian Foreign Minister Sergey Lavrov in Moscow on Wednesday, according to a readout released by the Chinese Foreign Ministry.

        Wang said China appreciates Russia's support for its position on the Taiwan question.

        According to a press release posted on the website of the Russian Foreign Ministry, the two ministers also discussed the Northern Sea Route.
        """;

    [Fact]
    public void A_lede_with_the_principals_titles_between_name_and_verb_still_names_the_principal() =>
        Kept(Story, "position on the Taiwan question").ShouldBeTrue();

    [Fact]
    public void A_release_posted_on_the_website_of_the_other_sides_ministry_is_not_the_issuers()
    {
        Kept(Story, "Northern Sea Route").ShouldBeFalse();
        Kept(Story.Replace("the Russian Foreign Ministry, the two", "the Chinese Foreign Ministry, the two"), "Northern Sea Route").ShouldBeTrue();
    }

    const string ReadoutWithBriefing = """
        Secretary Rubio's Meeting with Foreign Minister Trung

        Secretary of State Marco Rubio met today with Vietnamese Foreign Minister Le Hoai Trung in Hanoi. The Secretary reaffirmed support for a strong and prosperous Vietnam.

        Related: Department Press Briefing – August 18, 2026

        MR PIGOTT: Good afternoon, everybody. I'll take your questions.

        QUESTION: On Sudan, is the United States still engaged in the truce talks?

        MR PIGOTT: We remain engaged with the parties and with our Quad partners.
        """;

    [Fact]
    public void A_department_briefing_appended_under_related_is_no_part_of_the_readout()
    {
        Kept(ReadoutWithBriefing, "strong and prosperous Vietnam").ShouldBeTrue();
        Kept(ReadoutWithBriefing, "Quad partners").ShouldBeFalse();
        Kept(ReadoutWithBriefing, "Good afternoon").ShouldBeFalse();
    }

    [Fact]
    public void A_briefer_labelled_by_courtesy_title_answers_no_questions_of_the_issuers_own()
    {
        const string page = """
            Secretary Rubio's Meeting with Foreign Minister Trung

            The Secretary reaffirmed support for a strong and prosperous Vietnam.

            Press Briefing, August 18, 2026

            MR PIGOTT: We remain engaged with the parties and with our Quad partners.

            QUESTION: One more on visas?

            MR PIGOTT: Consular sections continue to schedule interviews.
            """;
        Kept(page, "strong and prosperous Vietnam").ShouldBeTrue();
        Kept(page, "Quad partners").ShouldBeFalse();
        Kept(page, "Consular sections").ShouldBeFalse();
    }

    [Fact]
    public void A_department_press_briefing_is_a_regular_briefing_whoever_answers()
    {
        const string page = """
            Secretary Rubio's Meeting with Foreign Minister Trung

            The Secretary reaffirmed support for a strong and prosperous Vietnam.

            Department Press Briefing – August 18, 2026

            Question: Is the United States still engaged on Sudan?

            Tommy Pigott: We remain engaged with the parties and with our Quad partners.
            """;
        Kept(page, "strong and prosperous Vietnam").ShouldBeTrue();
        Kept(page, "Quad partners").ShouldBeFalse();
    }

    [Fact]
    public void A_question_line_opens_the_questions_though_its_sentence_starts_after_the_label()
    {
        const string page = "The Secretary reaffirmed support for a strong and prosperous Vietnam.\n\nQUESTION: Thanks. On Sudan, the talks on a truce have stalled again.\n\nWe remain engaged with the parties and with our Quad partners.\n";
        Kept(page, "strong and prosperous Vietnam").ShouldBeTrue();
        Kept(page, "Quad partners").ShouldBeFalse();
    }

    [Fact]
    public void A_minister_answering_under_his_own_name_is_still_a_press_appearance()
    {
        const string appearance = """
            Foreign Minister Sergey Lavrov's remarks to the press following talks with Foreign Minister Wang Yi

            Sergey Lavrov: We agreed to expand settlements in national currencies.

            Question: Did you discuss the Arctic?

            Sergey Lavrov: We discussed the Northern Sea Route as a transport artery.
            """;
        Kept(appearance, "Northern Sea Route").ShouldBeTrue();
    }

    [Theory]
    [InlineData("The President of the Republic thanked Prime Minister Modi for his visit.")]
    [InlineData("I thanked Minister Cho for his warm hospitality.")]
    [InlineData("Website Content Managed by Ministry of External Affairs. Designed, Developed and Hosted by National Informatics Centre (NIC).")]
    public void Courtesies_and_footers_are_debris_whoever_speaks(string sentence) =>
        Claims(sentence).ShouldAllBe(c => c.Debris);

    [Fact]
    public void Thanks_for_a_point_is_not_a_courtesy() =>
        Claims("The President of the Republic thanked Prime Minister Modi for India's support for the high seas treaty.").ShouldContain(c => !c.Debris);

    [Fact]
    public void Keeping_in_touch_in_Korean_is_a_courtesy()
    {
        var claims = Claims("양 정상은 중동 정세에 대해 의견을 교환하고, 앞으로도 정상 간 긴밀한 소통을 이어가기로 했습니다.", "ko");
        claims.Where(c => c.Text.Contains("소통", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
        claims.Where(c => c.Text.Contains("중동", StringComparison.Ordinal)).ShouldAllBe(c => !c.Debris);
    }

    [Fact]
    public void A_guest_welcomed_on_the_visit_under_way_is_setting()
    {
        var claims = Claims("Welcoming Secretary Rubio on his first official visit to Viet Nam as Secretary of State, Minister Trung affirmed that Viet Nam considers the United States one of its most important partners.");
        claims.Where(c => c.Topics.Contains("leader-visit")).ShouldAllBe(c => c.Setting);
        Claims("Welcoming President Lee on his upcoming state visit to Japan, the Prime Minister said preparations were under way.")
            .ShouldContain(c => c.Topics.Contains("leader-visit") && !c.Setting);
    }

    [Theory]
    [InlineData("We agreed to grow the connections between our people, including through education exchanges.", "education-science")]
    [InlineData("We agreed to grow the connections between our people, including through education exchanges.", "people-to-people")]
    [InlineData("They welcomed the finalisation of the offer for the six EPR reactors at Jaitapur.", "energy")]
    [InlineData("They agreed to step up their cooperation on small and advanced modular reactors.", "energy")]
    [InlineData("The two sides emphasised freedom of navigation and overflight in the East Sea.", "south-china-sea")]
    [InlineData("The Minister proposed that the U.S. side soon recognise Viet Nam's market economy status.", "market-access")]
    [InlineData("He asked the U.S. to remove Viet Nam from the list of countries subject to restrictions on high-technology exports.", "market-access")]
    [InlineData("He asked for favourable conditions for the Vietnamese community living in the United States.", "diaspora")] // people-to-people until taxonomy 2026.32 gave communities abroad a topic of their own
    public void Taxonomy_wordings(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Fact]
    public void Education_exchanges_in_Korean_are_people_to_people() =>
        TopicsOf("양 정상은 교육 교류와 워킹홀리데이 등 양국 국민 간 인적 교류를 더욱 활성화해 나가기로 했습니다.", "ko").ShouldContain("people-to-people");

    [Theory]
    [InlineData("North Korea fired two ballistic missiles into the East Sea.")]
    [InlineData("The research reactor at Yongbyon resumed operation.")]
    public void Wordings_that_stay_out(string sentence)
    {
        TopicsOf(sentence).ShouldNotContain("south-china-sea");
        TopicsOf(sentence).ShouldNotContain("energy");
    }

    [Theory]
    [InlineData("양 장관은 지난해 경주에서 개최된 한미 정상회담의 성과를 담은 공동 설명자료의 이행 현황을 점검하였다.", "leader-visit", false)]
    [InlineData("양 정상은 내년 상반기 중 정상회담을 개최하기로 했다.", "leader-visit", true)]
    [InlineData("이 대통령은 알바니지 총리가 편리한 시기에 한국을 방문해 주기를 희망한다며 초청의 뜻을 전했다.", "leader-visit", true)]
    public void Korean_summit_wordings(string sentence, string topic, bool stated) =>
        TopicsOf(sentence, "ko").Contains(topic).ShouldBe(stated);

    [Theory]
    [InlineData("They agreed on the need to move quickly so that the commitments made by the two Presidents deliver concrete results.", "leader-call")]
    [InlineData("The two Ministers concurred to continue strengthening cooperation among Japan, the Philippines and the United States.", "trilateral-cooperation")]
    public void Taxonomy_wordings_for_leaders_and_three_partners(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Theory]
    [InlineData("Next | Briefing by National Security Advisor Wi Sung-lac on the Results of the State Visit to the United Kingdom")]
    [InlineData("President Lee expressed his gratitude for the warm welcome extended by the British Government and the Royal Family.")]
    [InlineData("The two sides should make thorough preparations for the next stage of high-level exchanges between the two heads of state.")]
    [InlineData("Particular attention was paid to the preparation of forthcoming contacts at the highest level.")]
    public void Navigation_thanks_and_readying_the_next_meeting_are_debris(string sentence) =>
        Claims(sentence).ShouldAllBe(c => c.Debris);

    [Fact]
    public void Preparing_a_visit_with_a_purpose_is_a_point() =>
        Claims("The two sides agreed to prepare for the upcoming visit of President Lee to Japan, where a new fisheries agreement is to be signed.").ShouldContain(c => !c.Debris);

    [Fact]
    public void A_name_cut_at_its_comma_is_no_claim_of_its_own()
    {
        var claims = Claims("3. Under the Working Group on Strategic Technologies, Digital Governance and Digital Connectivity, the two sides agreed to enhance exchanges of talent in the semiconductor sector.");
        claims.Where(c => c.Text.StartsWith("Digital Governance", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
        claims.ShouldContain(c => c.Text.Contains("semiconductor sector", StringComparison.Ordinal) && !c.Debris);
        Claims("The leaders discussed climate, Digital Governance and Digital Connectivity.").ShouldContain(c => c.Topics.Contains("digital-economy"));
    }

    [Theory]
    [InlineData("The Prime Minister supported efforts to build peace on the Korean Peninsula, and both leaders reaffirmed their commitment to its complete denuclearisation.", "denuclearization:of-korean-peninsula", "denuclearization:of-north-korea")]
    [InlineData("The leaders condemned the launches by North Korea, which threaten peace on the Korean Peninsula, and reaffirmed their commitment to its complete denuclearisation.", "denuclearization:of-korean-peninsula", "denuclearization:of-north-korea")]
    [InlineData("The leaders discussed the situation on the Korean Peninsula, condemned North Korea's launches and reaffirmed their commitment to its complete denuclearisation.", "denuclearization:of-north-korea", "denuclearization:of-korean-peninsula")]
    public void Its_denuclearisation_takes_the_nearest_antecedent(string sentence, string qualifier, string notQualifier)
    {
        var claim = Claims(sentence).Single(c => c.Text.Contains("denuclearisation", StringComparison.Ordinal));
        claim.Qualifiers.ShouldContain(qualifier);
        claim.Qualifiers.ShouldNotContain(notQualifier);
    }
}
