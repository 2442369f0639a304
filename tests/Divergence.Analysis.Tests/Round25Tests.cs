using Divergence.Analysis.Topics;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 2.7 (round 25), reading a page: a fronted "When discussing" / "Noting" frame and a Korean "...다고
/// 하면서" stay with their clause; a second object whose pronoun points back, and where a relationship's history starts,
/// stay with theirs; the consensus formula in other words; a past visit judged a success, the visit a meeting is part
/// of, the relationship's history, the atmosphere and a press office's contact line are no points; a newspaper that
/// cites the ministry by its acronym; taxonomy wordings. Sentences are made up.</summary>
public class Round25Tests
{
    [Theory]
    [InlineData("When discussing the situation in the South Caucasus, the sides noted the potential of the regional consultative platform.")]
    [InlineData("Noting the growth in exchanges between their peoples, the minister highlighted the plan to bring skilled workers to Japan.")]
    [InlineData("Recognising defence as a pillar of the partnership, the leaders welcomed progress on the joint submarine project.")]
    public void A_fronted_frame_stays_with_the_clause_it_introduces(string sentence) =>
        Pieces(sentence).ShouldHaveSingleItem();

    [Fact]
    public void A_korean_saying_that_clause_stays_with_the_request_it_leads_to()
    {
        Pieces("조 장관은 최근 공급망의 불확실성이 커지고 있다고 하면서, 핵심광물 수출통제 조치가 우리 기업 활동에 차질을 주지 않도록 협조를 요청하였다.").ShouldHaveSingleItem();
        Pieces("조 장관은 최근 공급망 협력 강화를 제안하고, 핵심광물 수출통제 조치가 우리 기업 활동에 차질을 주지 않도록 협조를 요청하였다.").Length.ShouldBe(2);
    }

    [Fact]
    public void A_second_object_whose_pronoun_points_back_stays_with_the_first()
    {
        TopicsOf("The ministers expressed concern about North Korea's continued development of nuclear weapons, and about its military cooperation with Russia.")
            .ShouldContain("dprk-russia-cooperation");
        Pieces("The ministers expressed concern about North Korea's continued development of nuclear weapons, and about the humanitarian situation in Myanmar.").Length.ShouldBe(2);
    }

    [Fact]
    public void Where_a_relationships_history_starts_is_background()
    {
        Claims("Relations between the two countries go back more than 160 years, to the treaty of friendship signed in 1861.").ShouldAllBe(c => c.Debris);
        Claims("The bilateral relationship is underpinned by the 1990 memorandum on the use of facilities.").ShouldAllBe(c => c.Debris);
        Claims("The ministers agreed to take relations to a new level, to the benefit of both peoples.").ShouldContain(c => !c.Debris);
    }

    [Fact]
    public void The_atmosphere_of_the_talks_a_press_offices_contact_line_and_where_a_story_found_the_words_are_no_points()
    {
        Claims("The meeting was held in a warm and friendly atmosphere.").ShouldAllBe(c => c.Debris);
        Claims("Contact the FCDO Communication Team via email in the first instance.").ShouldAllBe(c => c.Debris);
        Claims("In a press release on Dec 4, the ministry said the two ministers agreed to expand joint training.")
            .ShouldAllBe(c => c.Debris || !c.Text.StartsWith("In a press release", StringComparison.Ordinal));
        Claims("In a joint statement, the ministers agreed to expand joint training.").ShouldContain(c => !c.Debris);
        Claims("The ministers agreed to create a favourable atmosphere for investment in each other's markets.").ShouldContain(c => !c.Debris);
    }

    [Fact]
    public void A_past_visit_judged_a_success_is_history_a_coming_one_is_a_point()
    {
        Claims("President Trump's state visit to China in April was of great significance.").ShouldAllBe(c => c.Debris || c.Setting);
        Claims("President Trump will pay a state visit to China in April.").ShouldContain(c => !c.Setting && c.Topics.Contains("leader-visit"));
    }

    [Fact]
    public void The_visit_a_meeting_is_part_of_is_its_setting() =>
        Claims("On December 16, as part of his official visit to China from 15 to 17 December, the Foreign Minister held talks in Beijing.")
            .ShouldAllBe(c => c.Debris || c.Setting);

    [Theory]
    [InlineData("The ministers discussed the practical implementation of the agreements reached at the highest level.")]
    [InlineData("The two Ministers reviewed the follow-up to the decisions taken at the last India-Russia Annual Summit.")]
    public void The_leaders_consensus_formula_in_other_words_is_no_point(string sentence) =>
        Claims(sentence).ShouldAllBe(c => c.Debris || c.Setting);

    [Fact]
    public void The_formula_beside_other_points_keeps_them_but_states_no_leaders_consensus()
    {
        var topics = TopicsOf("The two sides should follow through on the important common understandings reached by the two heads of state and deepen cooperation in energy.");
        topics.ShouldNotContain("leader-call");
        topics.ShouldContain("energy");
        TopicsOf("The ministers discussed the leaders' consensus on energy security and ways to deepen cooperation in energy.").ShouldContain("leader-call");
    }

    [Theory]
    [InlineData("the two heads of government agreed to make it easier for nursing staff and IT specialists to come to Germany", "health")]
    [InlineData("they welcomed progress on the project to build six conventional submarines in India", "arms-purchases")]
    [InlineData("China will facilitate more exports of quality Vietnamese farm produce", "agricultural-trade")]
    [InlineData("the agreements taken at the last annual summit", "leader-call")]
    [InlineData("the dispute over the Diaoyu Islands", "east-china-sea")]
    [InlineData("Korean companies operating in Australia", "business-environment")]
    [InlineData("preparations for the Korea-Japan summit", "leader-visit")]
    public void Taxonomy_wordings_find_their_topic(string text, string topic) =>
        Taxonomy.Default.Find(topic)!.Matches(text).ShouldBeTrue();

    [Theory]
    [InlineData("agreed to continue consultations on the Republic of Korea's nuclear-powered submarine program", "arms-purchases")]
    [InlineData("the talks at the Diaoyutai State Guesthouse in Beijing", "east-china-sea")]
    [InlineData("support greater investment by Korean companies in Australian critical minerals projects", "business-environment")]
    [InlineData("Japan would fully support the success of the G7 Evian Summit", "leader-visit")]
    [InlineData("a nursery for young trees", "health")]
    public void Taxonomy_wordings_stay_out_of_topics_they_do_not_state(string text, string topic) =>
        Taxonomy.Default.Find(topic)!.Matches(text).ShouldBeFalse();

    [Fact]
    public void The_diaoyutai_guesthouse_in_korean_is_no_east_china_sea_point()
    {
        TopicsOf("조 장관은 댜오위타이 국빈관에서 왕이 부장과 회담을 가졌다.", "ko").ShouldNotContain("east-china-sea");
        TopicsOf("양측은 댜오위다오 문제를 논의하였다.", "ko").ShouldContain("east-china-sea");
    }
}
