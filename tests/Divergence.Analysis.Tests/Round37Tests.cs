using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.9 / taxonomy 2026.38 (round 37). A news story on a presidential office's briefing: its spokesperson,
/// its president and "the office" speak for it, the reporter's question and a bare attribution do not; keeping up
/// communication on a named subject is a point; a topic said not to be discussed is a framing, not also an omission;
/// the hours of a meeting and the meal after it; "a million"; a numbered photo caption; a name after a sentence's first
/// word; and wordings of topics. Sentences and names are made up.</summary>
public class Round37Tests
{
    const string Story = """
        (LEAD) Lee, Carney agree to deepen energy ties in phone talks

        By Park Ji-won

        SEOUL, May 6 (Yonhap) -- President Lee Jae Myung and Canadian Prime Minister Mark Carney agreed to expand cooperation on liquefied natural gas, the presidential office said Wednesday.

        The two leaders spoke for 25 minutes, presidential spokesperson Han Seo-yeon told a briefing.

        "The two leaders agreed to work together for the complete denuclearization of the Korean Peninsula," Han said.

        Lee said Korean shipyards stand ready to help Canada renew its icebreaker fleet.

        Lee asked for Canada's support for the Korean bid to supply submarines to the Canadian navy, according to Han.

        On trade, the two leaders agreed to launch talks on a critical minerals supply chain partnership, according to the office.

        "Our yards can deliver the first polar vessel within four years," Han Seo-yeon said.

        Carney welcomed Korea's offer to train Canadian submarine crews, according to Han.

        Asked whether the leaders discussed U.S. tariffs, a senior presidential official told reporters that Lee stressed the importance of a stable trading order.

        Canada signed a free trade agreement with South Korea in 2014.
        """;

    [Theory]
    [InlineData("\"The two leaders agreed to work together for the complete denuclearization")]
    [InlineData("Lee asked for Canada's support for the Korean bid to supply submarines")]
    [InlineData("the two leaders agreed to launch talks on a critical minerals supply chain partnership")]
    [InlineData("Lee said Korean shipyards stand ready to help Canada renew its icebreaker fleet.")]
    [InlineData("Lee stressed the importance of a stable trading order")]
    [InlineData("Our yards can deliver the first polar vessel")]
    [InlineData("Carney welcomed Korea's offer to train Canadian submarine crews")]
    public void The_presidential_office_speaks_through_its_spokesperson_its_president_and_the_office(string words) =>
        Kept(Story, words).ShouldBeTrue();

    [Theory]
    [InlineData("Asked whether the leaders discussed U.S. tariffs")]
    [InlineData("the presidential office said Wednesday.")]
    [InlineData("presidential spokesperson Han Seo-yeon told a briefing.")]
    [InlineData("Canada signed a free trade agreement with South Korea in 2014.")]
    public void The_reporters_question_a_bare_attribution_and_background_are_not_the_office(string words) =>
        Claims(Story).Where(c => c.Text.Contains(words, StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);

    [Fact]
    public void Keeping_up_communication_on_a_named_subject_is_a_point()
    {
        Claims("The two sides agreed to maintain communication on the export of Korean strawberries.").ShouldContain(c => !c.Debris);
        Claims("The two sides agreed to maintain communication on regional issues.").ShouldAllBe(c => c.Debris);
        Claims("The two sides agreed to maintain close communication.").ShouldAllBe(c => c.Debris);
    }

    [Fact]
    public void A_topic_said_not_to_be_discussed_is_a_framing_not_also_an_omission()
    {
        var result = Compare("US-WH", "The leaders discussed adjustments to the posture of U.S. Forces Korea.", "en",
            "KR-PO", "양 정상은 방위비 분담 문제를 논의했습니다. 한편 주한미군 감축 문제는 이번 회담에서 논의되지 않았습니다.", "ko");
        result.Framing.ShouldContain(f => f.Topic == "combined-defense-posture");
        result.Omissions.ShouldNotContain(o => o.Topic == "combined-defense-posture" && o.StatedBy == "US-WH");
    }

    [Theory]
    [InlineData("The consultations took place from 9 a.m. to 11:30 a.m. and were followed by a working lunch.")]
    [InlineData("The talks were followed by a dinner hosted by the Foreign Minister in honour of the visiting delegation.")]
    public void The_hours_of_a_meeting_and_the_meal_after_it_are_its_shape(string sentence) =>
        Claims(sentence).ShouldAllBe(c => c.Debris || c.Setting);

    [Fact]
    public void A_million_is_one_million() =>
        Text.SpelledNumbers.Digits("more than a million visitors").ShouldBe("more than 1 million visitors");

    [Fact]
    public void A_numbered_photo_caption_is_debris() =>
        Claims("[사진 2] 양국 장관이 회담에 앞서 기념 촬영을 하고 있다.", "ko").ShouldAllBe(c => c.Debris);

    [Fact]
    public void A_sentence_opening_word_is_no_part_of_the_name_after_it()
    {
        Text.Acronyms.OfNamesIn("Regarding the Joint Lunar Rover Project, the ministers agreed to share test data.").ShouldContain("JLRP");
        var result = Compare("IT-MAECI", "The ministers reaffirmed their commitment to the JLRP with Canada.", "en",
            "JP-MOFA", "(4) Regarding the Joint Lunar Rover Project with Canada, the two Ministers reaffirmed their commitment.", "en");
        result.Omissions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The two sides should expand cooperation in medical care and elderly care.", "en", "health")]
    [InlineData("The Minister sought the cooperation of local authorities in keeping Korean nationals in the country safe.", "en", "nationals-safety")]
    [InlineData("Nearly half a million Canadians have Korean heritage.", "en", "diaspora")]
    [InlineData("They will keep working to advance practical cooperation among Japan, Australia, India and the United States.", "en", "quad")]
    [InlineData("The ministers agreed to coordinate more closely on development cooperation in the Pacific.", "en", "pacific-islands")]
    [InlineData("The agreement has provided a strong foundation for digital cooperation.", "en", "digital-economy")]
    [InlineData("양 장관은 올해 아세안 관련 회의의 성공적 개최를 위해 협력하기로 하였다.", "ko", "southeast-asia")]
    [InlineData("양 장관은 현지 학교에서의 한국어 교육 확대를 위해 협력하기로 하였다.", "ko", "education-science")]
    [InlineData("양측은 통일 경험 공유를 위한 협의를 이어가기로 하였다.", "ko", "inter-korean-relations")]
    [InlineData("양 장관은 탄소 포집·저장(CCS) 분야의 협력을 확대하기로 하였다.", "ko", "climate")]
    [InlineData("The Deputy Secretary raised the regime's revenue-generating IT worker schemes.", "en", "cyber-hybrid")]
    public void Wordings_of_topics(string sentence, string language, string topic) => TopicsOf(sentence, language).ShouldContain(topic);

    [Fact]
    public void The_safety_of_the_people_at_home_is_no_consular_point()
    {
        TopicsOf("이 대통령은 \"이번 회담으로 동맹이 국민의 안전과 경제적 이익을 함께 지킨다는 점을 확인했다\"고 말했다.", "ko").ShouldNotContain("nationals-safety");
        TopicsOf("조 장관은 현지에 체류 중인 우리 국민의 안전과 권익 보호에 각별한 관심을 요청하였다.", "ko").ShouldContain("nationals-safety");
        TopicsOf("양측은 국민 안전 문제를 논의하였다.", "ko").ShouldContain("nationals-safety");
    }

    [Fact]
    public void Detained_nationals_are_an_item_of_their_safety()
    {
        var result = Compare("JP-MOFA", "The Minister strongly requested the early release of the Japanese nationals detained in the country.", "en",
            "CN-MFA", "China will continue to protect the safety and legitimate rights and interests of foreign nationals in China.", "en");
        result.Omissions.ShouldContain(o => o.StatedBy == "JP-MOFA" && o.Label.EndsWith("detention"));
    }

    [Fact]
    public void Cost_sharing_and_the_defence_budget_are_items_of_defence_spending()
    {
        var result = Compare("KR-MND", "양 장관은 제12차 방위비분담특별협정(SMA)의 안정적 이행을 평가했다.", "ko",
            "US-DOW", "Secretary Hegseth welcomed the ROK's plan to raise its defense spending to 3.5 percent of GDP.", "en");
        result.Omissions.ShouldContain(o => o.StatedBy == "KR-MND" && o.Label.EndsWith("cost-sharing"));
        result.Omissions.ShouldContain(o => o.StatedBy == "US-DOW" && o.Label.EndsWith("defence-budget"));
    }
}
