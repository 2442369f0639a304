using static Divergence.Analysis.Tests.Shared;

namespace Divergence.Analysis.Tests;

/// <summary>Taxonomy 2026.31 (round 29): bloc confrontation as a topic of its own; Antarctica apart from the Arctic; a
/// plural of overcapacity; nationals misled into an army; Russia's "military-technical cooperation"; a rotational
/// presence of forces; a share of the burden "for" one's own defence; a nuclear agreement's or agency's name is no energy
/// talk; a past visit's agreements are no visit; a phrase's lookarounds read the whole sentence. Sentences are made up.</summary>
public class Round29TaxonomyTests
{
    [Theory]
    [InlineData("Wang Yi said China opposes bloc confrontation and a Cold War mentality.")]
    [InlineData("Japan should not join any \"small circles\" aimed at a third country.")]
    [InlineData("The ministers spoke against the creation of closed bloc structures in the region.")]
    public void Bloc_confrontation_is_a_topic(string sentence) => TopicsOf(sentence).ShouldContain("bloc-confrontation");

    [Fact]
    public void Bloc_confrontation_in_Korean() =>
        TopicsOf("양측은 진영 대결과 냉전적 사고에 반대한다는 입장을 밝혔다.", "ko").ShouldContain("bloc-confrontation");

    [Fact]
    public void Antarctica_is_not_the_Arctic()
    {
        var topics = TopicsOf("The ministers welcomed cooperation between their research stations in Antarctica.");
        topics.ShouldContain("antarctica");
        topics.ShouldNotContain("arctic");
        TopicsOf("양 장관은 남극 연구 기지 간 협력을 평가하였다.", "ko").ShouldContain("antarctica");
        TopicsOf("They agreed to deepen cooperation in the Arctic.").ShouldContain("arctic");
    }

    [Theory]
    [InlineData("We spoke frankly about the distortions caused by subsidised overcapacities.", "market-access")]
    [InlineData("He raised the case of citizens who had been misled into serving in the Russian armed forces.", "nationals-safety")]
    [InlineData("The sides reviewed contracts in the sphere of military-technical cooperation.", "arms-purchases")]
    [InlineData("He stressed that the presence of foreign troops in the country remains rotational.", "forces-access")]
    [InlineData("The Secretary said allies must take on a greater share of the burden for their own defense.", "defense-spending")]
    public void General_wordings_of_known_topics(string sentence, string topic) => TopicsOf(sentence).ShouldContain(topic);

    [Theory]
    [InlineData("They agreed to consult within the framework of the Agreement for Cooperation Concerning Peaceful Uses of Nuclear Energy.")]
    [InlineData("Both sides support the work of the International Atomic Energy Agency in the region.")]
    public void The_name_of_a_nuclear_agreement_or_agency_is_no_energy_talk(string sentence) => TopicsOf(sentence).ShouldNotContain("energy");

    [Fact]
    public void Energy_cooperation_is_still_energy() =>
        TopicsOf("The leaders agreed to expand cooperation on nuclear energy and hydrogen.").ShouldContain("energy");

    [Fact]
    public void The_agreements_of_a_past_visit_are_no_visit()
    {
        TopicsOf("They focused on implementing the agreements reached during the President's state visit to Delhi last year.").ShouldNotContain("leader-visit");
        TopicsOf("The Minister said he looked forward to the President's state visit to Delhi next spring.").ShouldContain("leader-visit");
    }

    [Fact]
    public void A_lookaround_reads_the_sentence_around_the_clause()
    {
        // The splitter cuts at the list's comma; the clause alone would read as the rule of law.
        const string page = "\"Our two countries are like-minded partners who share a commitment to democracy, the rule of law and open markets,\" Minister Hale said.";
        Claims(page).Where(c => c.Text.Contains("rule of law")).SelectMany(c => c.Topics).ShouldNotContain("rule-of-law");
        TopicsOf("The ministers discussed judicial reform and the rule of law in the region.").ShouldContain("rule-of-law");
    }

    [Fact]
    public void A_tags_line_after_its_heading_is_debris()
    {
        const string page = """
            The Secretary welcomed Pakistan's cooperation against terrorism.

            Tags
            Bureau of South and Central Asian Affairs  Office of the Spokesperson  Pakistan  The Secretary of State  Counterterrorism
            """;
        Kept(page, "Bureau of South and Central Asian Affairs").ShouldBeFalse();
        Kept(page, "cooperation against terrorism").ShouldBeTrue();
    }

    [Fact]
    public void Speaking_against_is_opposing()
    {
        Divergence.Analysis.Comparison.StanceMarkers.Stances("The ministers spoke against the creation of closed bloc structures.").ShouldContain("condemnation");
        Compare("RU-MID", "The ministers spoke against the creation of closed bloc structures in the Asia-Pacific region.", "en",
                "CN-MFA", "The two sides opposed the formation of exclusive blocs in the Asia-Pacific.", "en").Framing.ShouldBeEmpty();
    }

    [Fact]
    public void The_Tokyo_tribunal_is_history()
    {
        TopicsOf("Wang noted that this year marks the 80th anniversary of the opening of the International Military Tribunal for the Far East.").ShouldContain("history");
        TopicsOf("왕 부장은 올해가 도쿄 전범 재판 개정 80주년이라고 언급했다.", "ko").ShouldContain("history");
    }

    [Fact]
    public void A_reason_pointed_out_for_a_request_is_detail_of_the_request()
    {
        var result = Compare("JP-MOFA", "Minister Sato strongly requested the withdrawal of the export control measures targeting Japan, pointing out that such measures are having an impact on supply chains.", "en",
                             "CN-MFA", "Wang Yi said the two countries should keep communication open and handle differences properly.", "en");
        result.Omissions.ShouldContain(o => o.Evidence.Text.Contains("withdrawal of the export control measures"));
        result.Omissions.ShouldNotContain(o => o.Evidence.Text.StartsWith("pointing out"));
    }
}
