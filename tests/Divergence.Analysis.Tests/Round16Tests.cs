using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.8 (round 16): a news article's sentences about the two participants and its pronoun-led
/// sentences speak for the issuer once it has been quoted, a related-links list is debris, "is on an official visit"
/// and "이번 회담은 ... 계기에 열렸으며" are the setting, a Korean code the English side spells out is shared, a Korean
/// fronted frame ("... 관련하여,") stays with its clause, a defence answers the objection closest to it, and taxonomy
/// 2026.18 reads a few words more narrowly or more widely. Sentences are made up.</summary>
public class Round16Tests
{
    static List<string> IssuerClaims(string text, string language = "en") =>
        Shared.Analyzer.Analyze(text, language).Claims.Where(c => !c.Debris).Select(c => c.Text).ToList();

    const string NewsStory = """
Home / World News
Minister Rao holds talks with Lavrov
PTI | Updated: May 13, 2026, 21:40 IST

New Delhi, May 13 (PTI) External Affairs Minister Rao on Wednesday held talks with his Russian counterpart and sought the return of Indian nationals serving in the Russian army, the Ministry of External Affairs said.

According to an MEA statement, the two ministers reviewed the follow-up to the annual summit.

On Ukraine, Rao reiterated India's call for dialogue and diplomacy, the MEA said.

He underlined the need for zero tolerance for cross-border terrorism.

The two ministers agreed to expand cooperation on fertiliser supplies.

The two ministers discussed payments in national currencies, the Kremlin's readout said.

India has faced pressure over its purchases of Russian crude since 2025.

Related stories:
Minister Rao to travel to Moscow later this year for the annual consultations on trade, energy and connectivity projects
""";

    [Fact]
    public void A_news_article_reads_an_MEA_statement_a_pronoun_and_the_two_participants_as_the_issuers_account()
    {
        var claims = IssuerClaims(NewsStory);
        claims.ShouldContain(c => c.Contains("follow-up to the annual summit"));
        claims.ShouldContain(c => c.Contains("zero tolerance for cross-border terrorism"));
        claims.ShouldContain(c => c.Contains("fertiliser supplies"));
        // A sentence naming its own source is someone else's; the reporter's background is not the issuer's either.
        claims.ShouldNotContain(c => c.Contains("national currencies"));
        claims.ShouldNotContain(c => c.Contains("Russian crude"));
    }

    [Fact]
    public void The_titles_of_a_related_links_list_are_debris_however_long_until_a_line_ends_like_a_sentence()
    {
        const string page = "The two ministers agreed to resume the dialogue on export controls.\n\nRelated materials:\n" +
                            "Foreign Minister's remarks at the BRICS Foreign Ministers' Meeting on the future of the grouping and its expansion, New Delhi, May 13, 2026\n" +
                            "The ministers also agreed to hold the next round of consultations on counterterrorism in Moscow.\n";
        var claims = IssuerClaims(page);
        claims.ShouldContain(c => c.Contains("export controls"));
        claims.ShouldNotContain(c => c.Contains("BRICS"));
        claims.ShouldContain(c => c.Contains("counterterrorism"));
    }

    [Theory]
    [InlineData("External Affairs Minister Dr. S. Rao is on an official visit to Germany from 24-26 February 2026.", "en", "official visit")]
    [InlineData("○ 이번 회담은 안 장관의 취임 후 첫 방미 계기에 열렸으며, 양 장관은 동맹 현안의 이행 상황을 점검했다.", "ko", "방미")]
    public void The_visit_or_meeting_itself_is_the_setting(string sentence, string language, string visit)
    {
        var claims = Shared.Analyzer.Analyze(sentence, language).Claims;
        claims.Single(c => c.Text.Contains(visit)).Setting.ShouldBeTrue();
        // A point in the same sentence is still compared.
        if (language == "ko") claims.Single(c => c.Text.Contains("점검")).Setting.ShouldBeFalse();
    }

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
    public void A_Korean_fronted_frame_stays_with_the_clause_it_introduces()
    {
        const string sentence = "양 장관은 전시작전통제권 전환과 관련하여, 정부 임기 내 전환을 목표로 올해 하반기까지 전환 로드맵을 마련하기로 합의했다.";
        Text.ClauseSplitter.Split(sentence, new Text.TextSpan(0, sentence.Length)).Count.ShouldBe(1);
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
    [InlineData("shipbuilding", "조 장관은 유엔 제재를 회피하기 위한 불법 선박 간 환적을 감시하는 활동에 사의를 표하였다.", false)]
    [InlineData("shipbuilding", "양 장관은 선박 건조 분야 협력을 확대하기로 하였다.", true)]
    [InlineData("tariffs", "He called for the removal of non-tariff barriers for Indian pharmaceutical products.", false)]
    [InlineData("tariffs", "양측은 비관세 장벽 해소를 위해 노력하기로 하였다.", false)]
    [InlineData("tariffs", "He urged the removal of tariff and non-tariff barriers.", true)]
    [InlineData("agricultural-trade", "China hopes the EU will reach a solution on price undertakings for electric vehicles.", false)]
    [InlineData("agricultural-trade", "Japan asked Korea to ease its restrictions on rice imports.", true)]
    [InlineData("nationals-safety", "A Code of Conduct should not prejudice the legitimate rights and interests of third parties.", false)]
    [InlineData("nationals-safety", "He urged Pakistan to protect the rights and interests of Chinese nationals.", true)]
    [InlineData("business-environment", "The agreement will improve market access for British and Korean businesses in services and digital trade.", false)]
    [InlineData("business-environment", "He asked for a fair environment for Korean companies operating in China.", true)]
    [InlineData("energy", "He said India's sourcing of crude, including from Russia, is guided by its energy security.", true)]
    [InlineData("alliance-commitments", "양 장관은 이번 회담이 굳건한 한미동맹을 재확인한 계기였다고 평가하였다.", true)]
    [InlineData("arms-purchases", "The ministers welcomed progress on the upgraded Mogami-class frigates for the Royal Australian Navy.", true)]
    [InlineData("war-remains", "He thanked the minister for the partnership in recovering the remains of U.S. service members missing from the Korean War.", true)]
    [InlineData("war-remains", "양 장관은 6·25 전쟁 미군 유해 발굴 협력을 지속하기로 하였다.", true)]
    [InlineData("south-china-sea", "She briefed him on the water cannon attacks against coast guard vessels near Bajo de Masinloc.", true)]
    public void Taxonomy_2026_18_reads_words_more_narrowly_or_more_widely(string topic, string claim, bool named) =>
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBe(named);

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

    [Theory]
    [InlineData("human-rights", "He also called for the release of Jimmy Lai.", true)]
    [InlineData("human-rights", "The parties discussed the release of civilians held in captivity.", false)]
    [InlineData("nationals-safety", "He pressed for the early release and repatriation of Indian nationals recruited into the army.", true)]
    [InlineData("climate", "They agreed to step up cooperation under the Green and Sustainable Development Partnership.", true)]
    [InlineData("climate", "China stands ready to deepen cooperation in green development.", true)]
    [InlineData("climate", "They agreed to cooperate on green hydrogen.", false)]
    [InlineData("cultural-content", "게임·드라마·공연 등 문화콘텐츠 분야 교류 확대를 위한 중국 측의 관심을 요청하였다.", true)]
    [InlineData("cultural-content", "The ministers agreed to expand cooperation in the film and drama industries.", true)]
    [InlineData("cultural-content", "The two sides agreed to expand cultural exchanges.", false)]
    [InlineData("business-environment", "조 장관은 중국에 진출한 우리 기업들이 안정적으로 경영활동을 할 수 있도록 지원을 당부하였다.", true)]
    [InlineData("china-global-initiatives", "China appreciates the positive attitude toward the Global Governance Initiative.", true)]
    [InlineData("china-global-initiatives", "양측은 글로벌 발전 이니셔티브 협력을 논의하였다.", true)]
    [InlineData("two-plus-two", "They agreed to hold the next Japan-Australia 2+2 Foreign and Defence Ministerial Consultations in Australia.", true)]
    [InlineData("two-plus-two", "양 장관은 올해 상반기 중 한미 외교·국방(2+2) 장관회의를 개최하기로 하였다.", true)]
    [InlineData("two-plus-two", "양 장관은 외교·국방 차관급 2+2 대화를 개최하기로 하였다.", true)]
    [InlineData("migration", "Britain and India agreed to speed up the return of Indian nationals with no right to remain in the UK.", true)]
    [InlineData("migration", "He thanked India for accepting the return of Indian nationals who are in the United States illegally.", true)]
    [InlineData("arms-purchases", "They discussed progress toward co-production of Javelin anti-tank guided missiles in India.", true)]
    [InlineData("dprk-russia-cooperation", "The ministers condemned North Korea's continued ballistic missile launches and its military cooperation with Russia.", true)]
    [InlineData("leader-visit", "양 장관은 지난해 10월 경주 한미 정상회담의 후속 조치가 순조롭게 진행되고 있다고 평가하였다.", false)]
    [InlineData("leader-visit", "양 장관은 연내 한미 정상회담 개최를 위해 긴밀히 협력하기로 하였다.", true)]
    [InlineData("multilateral-summits", "지난해 10월 경주 APEC 정상회의 계기 한미 정상회담 이후 양국 간 후속 협의가 진행되고 있다.", false)]
    [InlineData("multilateral-summits", "중국은 올해 APEC 정상회의를 성공적으로 개최할 수 있도록 지지를 요청하였다.", true)]
    [InlineData("investment", "China is willing to deepen practical cooperation with the UK in trade and investment.", false)]
    [InlineData("investment", "He welcomed Korean investment in battery plants in Georgia.", true)]
    [InlineData("investment", "He sought to strengthen relations in trade, investment and counter-terrorism.", true)]
    [InlineData("sanctions-implementation", "They called for the full implementation of the relevant UN Security Council resolutions.", true)]
    [InlineData("sanctions-implementation", "The ministers condemned North Korea's launches in violation of multiple Security Council resolutions.", true)]
    [InlineData("sanctions-implementation", "They discussed a contribution to the stabilization force authorized by UN Security Council Resolution 2803.", false)]
    [InlineData("sanctions-implementation", "The dispute should be settled on the basis of relevant UN Security Council resolutions and bilateral agreements.", false)]
    public void Taxonomy_2026_18_reads_a_named_prisoner_nationals_release_and_green_development(string topic, string claim, bool named) =>
        Taxonomy.Default.Find(topic)!.Matches(claim).ShouldBe(named);

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

    [Fact]
    public void A_courtesy_opening_a_sentence_does_not_hide_the_point_after_it()
    {
        var claims = IssuerClaims("They looked forward to meeting again soon and discussed practical deliverables, including a new port partnership.");
        claims.ShouldContain(c => c.Contains("practical deliverables"));
        claims.ShouldNotContain(c => c.Contains("meeting again"));
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
    public void A_topic_the_other_pages_own_headline_names_is_not_omitted()
    {
        const string a = "The two ministers agreed to expand cooperation on offshore wind and civil nuclear energy.";
        const string b = "Foreign Secretary hosts Korean Foreign Minister\nMinisters agree to deepen cooperation on trade, security and clean energy\n\n" +
                         "The Foreign Secretary welcomed the Foreign Minister to London for talks on the partnership.\n";
        Shared.Compare("KR-MOFA", a, "en", "GB-FCDO", b, "en").Omissions.ShouldNotContain(o => o.Topic == "energy");
        // A title further down (a related link after the text) is not the page's head.
        const string linked = "The Foreign Secretary welcomed the Foreign Minister to London for talks on the partnership.\n\nRelated content\nUK and Korea deepen cooperation on clean energy\n";
        Shared.Compare("KR-MOFA", a, "en", "GB-FCDO", linked, "en").Omissions.ShouldContain(o => o.Topic == "energy");
    }

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

    // Stored analyses name the engine that made them: a changed analysis is a new engine version.
    [Fact]
    public void The_engine_version_is_1_8() => StatementAnalyzer.EngineVersion.ShouldBe("divergence-analysis 1.8");
}
