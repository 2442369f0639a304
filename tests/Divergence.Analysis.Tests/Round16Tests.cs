namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.8 (round 16), reading a page: a news article's "according to an MEA statement", its pronoun-led
/// sentences and its sentences about the two participants speak for the issuer once it has been quoted; a related-links
/// list is debris; "is on an official visit" and "이번 회담은 ... 계기에 열렸으며" are the setting; a Korean fronted frame
/// ("... 관련하여,") stays with its clause; a courtesy is judged per clause; the page's own head covers what it names.
/// Sentences are made up; the comparison rules of the round are in Round16ComparisonTests, its taxonomy in
/// Round16TaxonomyTests.</summary>
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
    public void A_Korean_fronted_frame_stays_with_the_clause_it_introduces()
    {
        const string sentence = "양 장관은 전시작전통제권 전환과 관련하여, 정부 임기 내 전환을 목표로 올해 하반기까지 전환 로드맵을 마련하기로 합의했다.";
        Text.ClauseSplitter.Split(sentence, new Text.TextSpan(0, sentence.Length)).Count.ShouldBe(1);
    }

    [Fact]
    public void A_courtesy_opening_a_sentence_does_not_hide_the_point_after_it()
    {
        var claims = IssuerClaims("They looked forward to meeting again soon and discussed practical deliverables, including a new port partnership.");
        claims.ShouldContain(c => c.Contains("practical deliverables"));
        claims.ShouldNotContain(c => c.Contains("meeting again"));
    }

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
}
