using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.12 / taxonomy 2026.41 (round 40). A story on a leader's summit that cites only the leader's own
/// office and aides; the page's announcement of a transcript and a site's content notice; an item after "as well as
/// in" standing beside a "such as" list, not in it; the document a position rests on and a quote's span "from X to Y"
/// as detail; and wordings of topics. Sentences and names are made up.</summary>
public class Round40Tests
{
    const string SummitStory = """
        Harbour Times
        Home > World

        (LEAD) Lee, visiting leader agree on shipbuilding academy

        By Jo Min-ho
        Published: 2026-09-03 11:20 KST

        BUSAN, Sept. 3 (Coastal Wire) -- President Lee Jae-myung and Prime Minister Anthony Albanese reaffirmed their strategic partnership at talks in Busan on Thursday and agreed to open a joint shipbuilding academy, Lee's office said.

        "The two leaders agreed to launch a working group on seasonal farm workers," Han Ji-su, Lee's senior secretary for economic affairs, told reporters in Busan after the talks.

        Lee asked for Australian support for Korean bids in the lithium refining tender, according to Han.

        Oh Seung-woo, presidential deputy chief of staff for policy, said the two sides agreed to resume the fisheries dialogue next year.

        Asked by reporters whether the submarine project was discussed, Han said it was not on the agenda.

        The Prime Minister's Office said in a separate readout that the leaders also discussed a new cricket exchange, which was not mentioned in the presidential office's briefing.

        Mark Dunne, Albanese's press secretary, said the leaders discussed beef quotas.

        Australia is Korea's largest supplier of iron ore.
        """;

    [Theory]
    [InlineData("agreed to open a joint shipbuilding academy")]
    [InlineData("launch a working group on seasonal farm workers")]
    [InlineData("Korean bids in the lithium refining tender")]
    [InlineData("resume the fisheries dialogue next year")]
    public void A_leaders_own_office_and_aides_speak_for_the_issuer(string words) => Kept(SummitStory, words).ShouldBeTrue();

    [Theory]
    [InlineData("a new cricket exchange")]
    [InlineData("not mentioned in the presidential office's briefing")]
    [InlineData("beef quotas")]
    [InlineData("largest supplier of iron ore")]
    [InlineData("told reporters in Busan after the talks")]
    [InlineData("presidential deputy chief of staff for policy")]
    [InlineData("Asked by reporters whether the submarine project was discussed")]
    public void The_other_sides_readout_and_aide_the_background_and_the_question_stay_out(string words) =>
        Claims(SummitStory).Where(c => c.Text.Contains(words, StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);

    [Fact]
    public void Another_leaders_office_is_not_the_principals()
    {
        var story = SummitStory.Replace("Lee's office said", "Albanese's office said");
        Claims(story).Where(c => c.Text.Contains("joint shipbuilding academy", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
    }

    [Fact]
    public void A_lede_names_a_korean_principal_by_his_hyphenated_given_name() =>
        Text.NewsArticle.LedePrincipal("BUSAN, Sept. 3 (Coastal Wire) -- President Lee Jae-myung and Prime Minister Anthony Albanese reaffirmed their partnership.")
            ?.Names.ShouldBe(["Lee", "Jae-myung"]);

    [Fact]
    public void The_pages_announcement_of_a_transcript_is_no_point()
    {
        const string page = "The following is a partial transcript of the briefing by the national security adviser for the press corps in Canberra.\n\nThe two leaders agreed to open a consulate in Perth.";
        Claims(page).Where(c => c.Text.Contains("partial transcript", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
        Kept(page, "open a consulate in Perth").ShouldBeTrue();
    }

    [Fact]
    public void A_sites_content_notice_is_debris()
    {
        Text.Boilerplate.IsDebris("Contents on this website is published and managed by the Ministry of Foreign Affairs.").ShouldBeTrue();
        Text.Boilerplate.IsDebris("The ministers agreed that the contents of the joint plan will be published by the end of the year.").ShouldBeFalse();
    }

    const string SharedTechnologies = "The ministers agreed to expand cooperation in advanced technologies including AI.";

    [Fact]
    public void An_item_after_as_well_as_in_stands_beside_a_such_as_list()
    {
        ReportsOmissionBy("JP-MOFA", "The two Ministers concurred on cooperation in advanced technologies such as AI, as well as in the field of hydrogen.",
            "KR-MOFA", SharedTechnologies).ShouldBeTrue();
        // Without the preposition, the item is one more example of the technologies.
        ReportsOmissionBy("JP-MOFA", "The two Ministers concurred on cooperation in advanced technologies such as AI, as well as hydrogen fuel cells for heavy trucks.",
            "KR-MOFA", SharedTechnologies).ShouldBeFalse();
    }

    [Fact]
    public void The_document_a_position_rests_on_is_detail_of_it()
    {
        const string other = "Wang Yi said the Taiwan question bears on the political foundation of China-Japan relations.";
        ReportsOmissionBy("JP-MOFA", "Minister Motegi said that Japan's position on Taiwan, as stated in the Japan-China Joint Communique, remains unchanged.",
            "CN-MFA", other).ShouldBeFalse();
        ReportsOmissionBy("JP-MOFA", "Minister Motegi said that Japan's position on Taiwan remains unchanged, and the Japan-China Joint Communique remains valid.",
            "CN-MFA", other).ShouldBeTrue();
    }

    [Fact]
    public void A_quotes_span_from_one_field_to_another_is_a_survey()
    {
        const string other = "The ministers agreed to deepen maritime security cooperation.";
        ReportsOmissionBy("GB-FCDO", other + " \"We have taken our partnership further, from maritime security and defence industry cooperation to new support for flood-prone towns,\" she said.",
            "PH-DFA", other).ShouldBeFalse();
        ReportsOmissionBy("GB-FCDO", other + " \"We have taken our partnership further through maritime security and defence industry cooperation,\" she said.",
            "PH-DFA", other).ShouldBeTrue();
    }

    [Fact]
    public void The_words_a_deal_is_described_with_stay_with_it() =>
        Pieces("On trade, both sides are close to concluding an ambitious, balanced and mutually beneficial Free Trade Agreement.").Length.ShouldBe(1);


    [Fact]
    public void The_north_korean_nuclear_programme_answers_denuclearization() =>
        // (The other side's objection, "will never be accepted", is still a stance the first side does not take: see
        // TopicCoverage.MissesStance.)
        Compare("KR-PO", "양 정상은 한반도의 비핵화 목표를 재확인했습니다.", "ko",
            "DE-BPA", "Both agreed that North Korea's nuclear weapons programme will never be accepted.", "en").Omissions
            .ShouldNotContain(o => o.StatedBy == "KR-PO");

    [Fact]
    public void A_telephone_call_with_its_counterpart_is_the_setting()
    {
        Claims("Federal Chancellor Friedrich Merz spoke by telephone today with the President of the Republic of Korea, Lee Jae-myung.")
            .ShouldAllBe(c => c.Setting);
        Claims("The President spoke by phone with President Lee Jae-myung about the path toward a new fisheries agreement.")
            .ShouldAllBe(c => !c.Setting);
    }

    const string SpokespersonStory = """
        Philippine News Agency

        By Ana Cruz

        MANILA – Defense Secretary Gilberto Teodoro Jr. and Japanese Defense Minister Koizumi Shinjiro met at Camp Aguinaldo on Monday.

        In a statement, the Department of National Defense (DND) said the two reaffirmed their commitment to regional security.

        DND spokesperson Director Juan Dela Cruz said the officials reviewed plans for a coastal radar network in Palawan.

        Japan has been the Philippines' largest source of development aid for decades.
        """;

    [Fact]
    public void A_bodys_spokesperson_speaks_for_the_body_the_story_cites_by_its_initials()
    {
        Kept(SpokespersonStory, "coastal radar network in Palawan").ShouldBeTrue();
        Claims(SpokespersonStory).Where(c => c.Text.Contains("development aid", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
    }

    [Theory]
    [InlineData("Minister Anand congratulated Korea on a successful APEC Leaders' Meeting in Gyeongju in November.")]
    [InlineData("6. Minister Cho congratulated Italy on successfully hosting the Winter Olympic Games.")]
    public void A_named_ministers_congratulations_are_a_courtesy(string sentence) => Claims(sentence).ShouldAllBe(c => c.Debris);

    [Fact]
    public void A_named_ministers_welcome_of_a_plan_is_not() =>
        Claims("Minister Anand welcomed Korea's plan to host a clean energy forum in Busan.").ShouldAllBe(c => !c.Debris);

    [Fact]
    public void A_quarter_of_the_year_is_a_date_across_scripts() =>
        Compare("GB-DBT", "Bilateral trade rose sharply in Q2 2025, the ministers noted.", "en",
            "KR-MOTIE", "양국 간 교역이 크게 증가하였다고 평가하였다.", "ko").Omissions.ShouldBeEmpty();

    [Theory]
    [InlineData("The two sides agreed to advance cooperation on the maintenance and repair of U.S. Navy vessels in Japan.", "shipbuilding")]
    [InlineData("The ministers agreed to mark the anniversary with exchanges between people from both countries.", "people-to-people")]
    [InlineData("We believe the time has come to resume work in the Russia-India-China format.", "ric-format")]
    [InlineData("The minister stressed the timely supply of spare parts for platforms in service with the navy.", "arms-purchases")]
    [InlineData("They agreed to expand STEM education for girls.", "education-science")]
    public void Wordings_of_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Theory]
    [InlineData("The Secretary pressed for action to stem the flow of precursor chemicals.", "education-science")]
    [InlineData("The minister stressed the timely supply of spares and components for Russian-origin platforms.", "russia-war-support")]
    public void Wordings_that_are_not_the_topic(string sentence, string topic) => TopicsOf(sentence).ShouldNotContain(topic);

    [Theory]
    [InlineData("이 대통령은 양국 간 통일 분야 협력을 강화해 나가자고 했습니다.", "inter-korean-relations")]
    [InlineData("이 대통령은 독일의 방산 조달 사업에 우리 기업이 참여할 수 있도록 관심을 요청했습니다.", "arms-purchases")]
    [InlineData("장관은 호주 육군 사업에 우리 방산기업이 참여할 수 있기를 희망하였다.", "arms-purchases")]
    [InlineData("이 대통령은 1960년대 독일로 건너간 파독 광부와 간호사들의 헌신을 언급하였다.", "health")]
    public void Korean_wordings_of_topics(string sentence, string topic) => TopicsOf(sentence, "ko").ShouldContain(topic);
}
