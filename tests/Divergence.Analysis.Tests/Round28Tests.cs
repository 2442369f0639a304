using Divergence.Analysis.Text;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.0 (round 28), reading a page: a wire story filed from two capitals under a byline of two reporters,
/// which leads with what an official said and cites his country's ministry by the country's name; the ministry's regular
/// briefing posted under a readout; a photo caption; a bulleted list of points; the meeting's format and attendance.
/// Sentences and names are made up.</summary>
public class Round28Tests
{
    const string Story = """
        Skip to content
        NORTHSTAR NEWS
        World | Business | Energy

        Orlov pledges steady grain to India as leaders meet
        By Irina Volkova and Sunil Bhat
        March 4, 2026 8:12 PM Updated 3 hours ago

        NEW DELHI/MOSCOW, March 4 (Northstar) - President Pavel Orlov said on Wednesday that Russia would keep shipping wheat to India whatever the sanctions, as he ended a two-day visit to New Delhi.

        "We will keep our grain flowing to our Indian friends," Orlov told reporters after the talks.

        The visit comes weeks after Washington warned buyers of Russian commodities about secondary tariffs.

        Orlov also said Russia was ready to build a second fertiliser plant in Gujarat.

        Kremlin foreign policy aide Ilya Petrov told reporters that the leaders had discussed deliveries of Tor-M2 air defence systems.

        "Moscow needs India more than it admits," said Meera Rao, an analyst at a Mumbai think tank.

        Russia's foreign ministry said in a statement that the two sides signed a memorandum on Arctic shipping.

        India's Ministry of External Affairs said in its own statement that the leaders had discussed cross-border terrorism.

        The Kremlin said Orlov had invited the Prime Minister to a summit in Kazan next year.

        (Reporting by Irina Volkova; Editing by Tom Hale)
        """;

    [Theory]
    [InlineData("NEW DELHI/MOSCOW, March 4 (Northstar) - The leaders met on Wednesday.")]
    [InlineData("By Irina Volkova and Sunil Bhat\n\nThe leaders met on Wednesday.")]
    public void A_story_filed_from_two_capitals_or_by_two_reporters_is_news(string page) => NewsArticle.Detect(page).ShouldBeTrue();

    [Fact]
    public void A_ministry_page_naming_two_capitals_is_not_news() =>
        NewsArticle.Detect("Press Releases\n\nMOSCOW/NEW DELHI, March 4\n\nThe leaders met on Wednesday.").ShouldBeFalse();

    [Fact]
    public void A_story_that_leads_with_what_an_official_said_reports_him()
    {
        var lede = NewsArticle.SpeakingLede("NEW DELHI, March 4 (Northstar) - President Pavel Orlov said on Wednesday that Russia would keep shipping wheat.")!.Value;
        lede.Names.ShouldBe(["Pavel", "Orlov"]);
        NewsArticle.SpeakingLede("President Pavel Orlov held talks with Prime Minister Rao on Wednesday.").ShouldBeNull();
        Kept(Story, "keep shipping wheat to India").ShouldBeTrue();
        Kept(Story, "keep our grain flowing").ShouldBeTrue();
        Kept(Story, "second fertiliser plant in Gujarat").ShouldBeTrue();
    }

    [Fact]
    public void The_reporters_background_and_an_analyst_are_not_the_issuers_words()
    {
        Kept(Story, "secondary tariffs").ShouldBeFalse();
        Kept(Story, "more than it admits").ShouldBeFalse();
    }

    [Fact]
    public void The_countrys_ministry_its_seat_and_an_aide_of_the_seat_speak_for_the_same_side()
    {
        NewsArticle.AttributedBody("Russia's foreign ministry said in a statement that the two sides signed a memorandum.").ShouldBe("Russian");
        Kept(Story, "memorandum on Arctic shipping").ShouldBeTrue();
        Kept(Story, "Tor-M2 air defence systems").ShouldBeTrue();
        Kept(Story, "a summit in Kazan next year").ShouldBeTrue();
    }

    [Fact]
    public void The_seat_of_the_government_whose_ministry_the_story_cites_speaks_for_it_too()
    {
        // No aide and no seat before the ministry: the Kremlin is the seat of the Russian government the story cites.
        const string story = """
            MOSCOW, March 4 (Northstar) - Russia's foreign ministry said in a statement that the two sides signed a memorandum on Arctic shipping.

            The Kremlin said President Orlov had invited the Prime Minister to a summit in Kazan next year.

            India's foreign ministry said in a statement that the leaders had discussed cross-border terrorism.
            """;
        Kept(story, "a summit in Kazan next year").ShouldBeTrue();
        // The other country's ministry, however it is capitalised, is the other side's.
        Kept(story, "cross-border terrorism").ShouldBeFalse();
    }

    [Fact]
    public void The_other_sides_own_statement_is_not_the_issuers()
    {
        Kept(Story, "cross-border terrorism").ShouldBeFalse();
        // Cited first, it still does not make the story the other side's.
        NewsArticle.AttributedBody("India's Ministry of External Affairs said in a separate statement that the minister raised extremism.").ShouldBeNull();
        NewsArticle.AttributedBody("In its own readout, Japan's Ministry of Foreign Affairs said the ministers discussed frigates.").ShouldBeNull();
    }

    [Fact]
    public void The_ministrys_regular_briefing_under_a_readout_is_not_the_readout()
    {
        const string page = """
            Foreign Minister's talks with the Foreign Minister of Türkiye

            The ministers discussed the state of trade and agreed to meet again in Moscow.

            Other materials
            Briefing by Foreign Ministry Spokeswoman Anna Belova, Moscow, April 16, 2026

            On the situation in Moldova

            We call on Chisinau to respect the rights of Russian speakers.

            Russian embassies held events marking the anniversary of the first spaceflight.
            """;
        Kept(page, "agreed to meet again in Moscow").ShouldBeTrue();
        Kept(page, "respect the rights of Russian speakers").ShouldBeFalse();
        Kept(page, "first spaceflight").ShouldBeFalse();
    }

    [Fact]
    public void A_photo_caption_is_page_debris() =>
        Kept("양 정상은 공급망 협력을 강화하기로 하였다.\n\n[사진] 대통령이 22일 요하네스버그에서 총리와 악수하고 있다.", "요하네스버그").ShouldBeFalse();

    [Fact]
    public void A_bulleted_item_ending_with_a_semicolon_is_a_point_of_the_list()
    {
        const string page = """
            The two advisers examined the following subjects in particular:
            - civil nuclear cooperation, notably on small modular reactors;
            - space cooperation, including space situational awareness.
            """;
        Kept(page, "small modular reactors").ShouldBeTrue();
        Kept(page, "space situational awareness").ShouldBeTrue();
    }

    // A link title as long as a sentence, or one that ends with a dated bracket, is not told from a point by its shape.
    [Theory]
    [InlineData("Related Posts", "DFA Statement on the Conclusion of the Philippines' Term on the UN Human Rights Council Bureau", "Human Rights Council")]
    [InlineData("관련 콘텐츠", "- 한-일 정상 통화 결과 (2026.1.)", "정상 통화 결과")]
    public void A_related_posts_heading_opens_a_list_of_links(string heading, string link, string words) =>
        Kept($"The ministers agreed to expand trade.\n\n{heading}\n{link}\n", words).ShouldBeFalse();

    [Theory]
    [InlineData("3. Prime Minister and President Orlov held talks in restricted and delegation-level formats at Hyderabad House.")]
    [InlineData("Federal Minister for Information Ali Raza and senior officials were also present.")]
    [InlineData("The Chief of Defence Forces also attended the meeting.")]
    [InlineData("The Minister held a Japan-Philippines Foreign Ministers' Meeting and a working dinner at the Iikura Guest House with Secretary Reyes.")]
    [InlineData("On March 3, for approximately 30 minutes, the Prime Minister held a summit telephone talk with the President.")]
    [InlineData("President Li Wen welcomed Prime Minister Asad Karim to Beijing after his attendance at the SCO Summit in Tianjin.")]
    public void The_meetings_format_and_attendance_are_its_setting(string sentence) =>
        Claims(sentence).ShouldAllBe(c => c.Setting || c.Debris);
}
