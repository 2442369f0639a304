using Divergence.Analysis.Comparison;
using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Analysis 3.11 / taxonomy 2026.40 (round 39). Whose words a page carries: a government's bylined release
/// filed under its news releases, an agency story that cites the other side's office by its country's short name, a
/// ministry the press calls by another name, an agency's passive report of the talks. Across scripts a country's code is
/// the same country the Korean side names in Hangul. Portal footers and photo credits are debris; a day of the month
/// gives no figure; a name given twice (in brackets) or an item inside an agreement's title is no point of its own; and
/// wordings of topics. Sentences and names are made up.</summary>
public class Round39Tests
{
    const string FiledRelease = """
        PRESIDENTIAL COMMUNICATIONS OFFICE
        Home | News Releases | Speeches

        News Releases

        PBBM, visiting leader agree to expand farm trade

        By Ana Reyes
        May 5, 2026

        President Marcos sought wider market access for Philippine mangoes and pineapples.

        The two leaders agreed to open a joint office for seasonal workers in Manila.
        """;

    [Theory]
    [InlineData("sought wider market access for Philippine mangoes")]
    [InlineData("agreed to open a joint office for seasonal workers")]
    public void A_bylined_release_filed_under_the_governments_news_releases_is_its_account(string words) =>
        Kept(FiledRelease, words).ShouldBeTrue();

    [Fact]
    public void A_bylined_page_without_that_section_is_still_a_news_story()
    {
        Text.NewsArticle.Detect(FiledRelease).ShouldBeFalse();
        Text.NewsArticle.Detect(FiledRelease.Replace("\nNews Releases\n", "\n")).ShouldBeTrue();
    }

    const string AgencyStory = """
        NANNING, Oct. 2 (Xinhua) -- Chinese President Xi Jinping met with visiting President Lee Jae-myung here on Friday.

        Xi said the two sides should expand cooperation in green hydrogen and joint research on batteries.

        According to a readout issued by the ROK presidential office, Lee also raised the matter of fishing boats in the Yellow Sea.
        """;

    [Fact]
    public void An_agency_story_citing_the_other_sides_office_by_its_countrys_short_name_still_reports_its_principal()
    {
        Kept(AgencyStory, "expand cooperation in green hydrogen").ShouldBeTrue();
        Claims(AgencyStory).Where(c => c.Text.Contains("fishing boats", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
    }

    const string AliasStory = """
        KUALA LUMPUR, March 4 (Bernama) -- Malaysia and Japan have agreed to deepen cooperation on port logistics, the Ministry of Foreign Affairs (Wisma Putra) said today.

        In a statement, Wisma Putra said the two ministers also discussed training for maritime enforcement officers.

        "Both sides agreed to resume talks on a double taxation treaty," the statement read.

        Hasan, it said, welcomed Japanese support for a flood warning centre in Kelantan.

        In addition, they agreed to hold the next round of consultations in Tokyo.

        Japan has been among the largest investors in Malaysian manufacturing since the 1980s.
        """;

    [Theory]
    [InlineData("discussed training for maritime enforcement officers")]
    [InlineData("resume talks on a double taxation treaty")]
    [InlineData("welcomed Japanese support for a flood warning centre")]
    [InlineData("hold the next round of consultations in Tokyo")]
    public void A_ministry_the_press_names_otherwise_speaks_through_that_name(string words) => Kept(AliasStory, words).ShouldBeTrue();

    [Fact]
    public void The_reporters_background_in_that_story_stays_out()
    {
        Claims(AliasStory).Where(c => c.Text.Contains("largest investors", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
        Claims(AliasStory).Where(c => c.Text.Contains("said today", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);
    }

    const string PassiveStory = """
        Kazinform International News Agency

        ASTANA. KAZINFORM – Foreign Minister Murat Nurtleu held talks with Foreign Minister Wang Yi, Kazinform's correspondent reports.

        According to the ministry, the parties discussed the results of the state visit.

        Particular attention was paid to grain exports and joint logistics centres.

        The Kazakh side welcomed plans for a second dry port on the border.

        For reference: China is among Kazakhstan's leading trade partners.
        """;

    [Theory]
    [InlineData("Particular attention was paid to grain exports")]
    [InlineData("welcomed plans for a second dry port")]
    public void An_agencys_passive_report_of_the_talks_goes_on_with_its_source(string words) => Kept(PassiveStory, words).ShouldBeTrue();

    [Fact]
    public void That_agencys_background_note_is_not_the_ministrys() =>
        Claims(PassiveStory).Where(c => c.Text.Contains("leading trade partners", StringComparison.Ordinal)).ShouldAllBe(c => c.Debris);

    [Theory]
    [InlineData("Site is hosted by National Informatics Centre (NIC).")]
    [InlineData("Information is provided and updated by Press Information Bureau.")]
    [InlineData("The two leaders at the talks in Hanoi on 11 August. (Photo: VNA)")]
    public void Portal_footers_and_captions_with_a_photo_credit_are_debris(string line) =>
        Text.Boilerplate.IsDebris(line).ShouldBeTrue();

    [Fact]
    public void A_caption_without_a_credit_and_a_sentence_about_a_website_are_not_footers()
    {
        Text.Boilerplate.IsDebris("The two leaders agreed to launch a joint photo exhibition in Hanoi on 11 August.").ShouldBeFalse();
        Text.Boilerplate.IsDebris("The ministers agreed that a joint website will be developed by the two foreign ministries.").ShouldBeFalse();
    }

    [Fact]
    public void A_country_code_is_the_country_the_Korean_side_names_in_Hangul()
    {
        const string korean = "양 장관은 북한과의 대화 재개를 위해 긴밀히 협력하기로 하였다. 양 장관은 공급망 협력을 강화하기로 하였다.";
        var named = Compare("VN-MOFA", "Viet Nam supports the RoK and the DPRK in resuming dialogue and cooperation across the region.", "en",
            "KR-PO", korean, "ko");
        named.Omissions.ShouldNotContain(o => o.StatedBy == "VN-MOFA" && o.Topic == null);
        var unnamed = Compare("US-DOS", "The Secretary raised the PRC's coercive economic practices against the region's exporters.", "en",
            "KR-MOFA", korean, "ko");
        unnamed.Omissions.ShouldContain(o => o.StatedBy == "US-DOS");
    }

    [Fact]
    public void A_day_of_the_month_gives_no_figure()
    {
        var result = Compare("AU-DFAT", "Australia will provide A$25 million for joint research on water management.", "en",
            "IN-MEA", "Foreign Minister Wong is on an official visit to India from 23 to 25 February 2026. Australia will provide funding for joint research on water management.", "en");
        // The figure itself is what the other side lacks (not only some other route's candidate on the same clause).
        result.Omissions.ShouldContain(o => o.StatedBy == "AU-DFAT" && o.Label == "figure 25 not in the other account");
    }


    [Fact]
    public void A_name_given_again_in_brackets_is_the_other_sides_name()
    {
        const string route = "The two sides should make good use of the Trans-Caspian International Transport Route for container traffic.";
        ReportsOmissionBy("KZ-MFA", "The sides discussed the development of the Middle Corridor (Trans-Caspian International Transport Route) for container traffic.",
            "CN-MFA", route).ShouldBeFalse();
        ReportsOmissionBy("KZ-MFA", "The sides discussed the development of the Middle Corridor for container traffic.", "CN-MFA", route).ShouldBeTrue();
    }

    [Fact]
    public void A_currency_code_run_into_its_figure_is_no_model()
    {
        const string other = "They noted that two-way goods trade reached approximately $80.2 billion in 2024.";
        ReportsOmissionBy("MY-KLN", "The ministers noted that bilateral trade stood at USD80.2 billion last year.", "US-DOS", other).ShouldBeFalse();
        ReportsOmissionBy("MY-KLN", "The ministers noted that bilateral trade stood at USD80.2 billion last year, and discussed F404 engines.", "US-DOS", other)
            .ShouldBeTrue();
    }

    [Fact]
    public void An_item_inside_an_agreements_title_is_no_item_left_out()
    {
        const string framework = "The two discussed implementation of the bilateral critical minerals framework.";
        ReportsOmissionBy("US-DOW", "The two discussed implementation of the U.S.-Australia Framework for Securing Supply of Critical Minerals and Rare Earths.",
            "AU-DOD", framework).ShouldBeFalse();
        ReportsOmissionBy("US-DOW", "The two discussed implementation of the framework on critical minerals and rare earths.", "AU-DOD", framework).ShouldBeTrue();
    }

    [Theory]
    [InlineData("The two sides agreed to continue consultations on maritime delimitation in the Yellow Sea.", "maritime-boundary")]
    [InlineData("We look forward to India hosting Quad Leaders later this year.", "multilateral-summits")]
    [InlineData("The two sides agreed to expand information sharing on maritime activity in the Indian Ocean.", "maritime-security")]
    [InlineData("They would work together toward realizing a world without nuclear weapons.", "nonproliferation")]
    [InlineData("Wang Yi said that this year China and the EU will hold a new meeting between their leaders.", "leader-visit")]
    public void Wordings_of_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Fact]
    public void A_world_without_nuclear_weapons_in_Korean() =>
        TopicsOf("양 정상은 핵무기 없는 세계를 향해 협력해 나가기로 하였다.", "ko").ShouldContain("nonproliferation");
}
