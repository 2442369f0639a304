using Divergence.Analysis.Comparison;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Tests;

/// <summary>The mechanisms of analysis 1.0 (round 8), meant for wording the taxonomy has not seen: near topics from
/// the taxonomy's own wording, paraphrase coverage, concrete open-vocabulary omissions. Sentences are made up.</summary>
public class Round8Tests
{
    static ComparisonResult Compare(string a, string b) => Shared.Compare("A", a, "en", "B", b, "en");

    [Fact]
    public void A_taxonomy_phrase_becomes_plain_text_examples()
    {
        PhraseExamples.Of("(north korea|dprk)[a-z' ]{0,30}(russia|moscow)").ShouldContain("north korea russia");
        PhraseExamples.Of("(north korea|dprk)[a-z' ]{0,30}(russia|moscow)").Count.ShouldBeLessThanOrEqualTo(PhraseExamples.MaxPerPhrase);
        PhraseExamples.Of("denuclear[a-z]*").ShouldBe(["denuclear"]);
        PhraseExamples.Of(@"\bcvid\b").ShouldBe(["cvid"]);
        PhraseExamples.Of(@"(?<!of )security council resolutions?").ShouldBe(["security council resolution"]); // an optional letter drops out
    }

    [Fact]
    public void A_claim_no_phrase_matches_gets_the_nearest_topic_and_a_tagged_claim_does_not()
    {
        var claims = Shared.Analyzer.Analyze(
            "The ministers agreed to build a railway corridor linking the two countries' ports. " +
            "They pledged to curb the spread of weapons of mass destruction.", "en").Claims;
        var railway = claims.Single(c => c.Text.Contains("railway"));
        railway.Topics.ShouldBeEmpty();
        railway.NearTopic.ShouldNotBeNull();
        railway.NearTopicSimilarity.ShouldNotBeNull();
        railway.NearTopicSimilarity!.Value.ShouldBeInRange(0.0, 1.0);
        var tagged = claims.Single(c => c.Text.Contains("weapons"));
        tagged.Topics.ShouldNotBeEmpty();
        tagged.NearTopic.ShouldBeNull();
    }

    [Fact]
    public void Korean_claims_and_debris_get_no_near_topic()
    {
        Shared.Analyzer.Analyze("양 장관은 철도 연결 사업을 추진하기로 하였다.", "ko").Claims.ShouldAllBe(c => c.NearTopic == null);
    }

    static AccountProfile ProfileWith(string? nearTopic, double similarity) =>
        new(new Account("B", [new AccountStatement("b", new StatementAnalysis("test", "en", 1,
            [new Claim(0, 0, 30, "They agreed on the new corridor.", [], [], false, NearTopic: nearTopic, NearTopicSimilarity: similarity)]))]));

    [Fact]
    public void A_near_topic_covers_above_the_calibrated_similarity_only()
    {
        new TopicCoverage(ProfileWith("connectivity", 0.62), Taxonomy.Default).Covers("connectivity").ShouldBeTrue();
        new TopicCoverage(ProfileWith("connectivity", SemanticTopicsThreshold - 0.05), Taxonomy.Default).Covers("connectivity").ShouldBeFalse();
        // It covers; it never states (no group bridging, no stated topic).
        new TopicCoverage(ProfileWith("connectivity", 0.62), Taxonomy.Default).Stated.ShouldBeEmpty();
    }

    const double SemanticTopicsThreshold = 0.50;

    [Fact]
    public void An_older_analysis_without_near_topics_still_compares()
    {
        var old = new Claim(0, 0, 10, "Sanctions must be fully implemented.", ["sanctions-implementation"], [], false);
        old.NearTopic.ShouldBeNull();
        var account = new Account("A", [new AccountStatement("a", new StatementAnalysis("divergence-analysis 0.9", "en", 1, [old]))]);
        var other = new Account("B", [new AccountStatement("b", new StatementAnalysis("divergence-analysis 0.9", "en", 1, []))]);
        new AccountComparer().Compare(account, other, 0.5).Omissions.ShouldContain(o => o.Topic == "sanctions-implementation");
    }

    [Fact]
    public void The_same_point_in_other_words_is_no_topic_omission()
    {
        // A states accountability in taxonomy wording; B says the same with words the taxonomy does not list.
        var r = Compare(
            "Both sides agreed that Russia must be held accountable for its war of aggression against Ukraine.",
            "They said that Russia must answer for its aggression against Ukraine and its war.");
        r.Omissions.ShouldNotContain(o => o.StatedBy == "A" && o.Topic == "accountability");
    }

    [Fact]
    public void A_different_point_on_a_shared_subject_stays_an_omission()
    {
        var r = Compare(
            "Both sides agreed that Russia must be held accountable for its war of aggression against Ukraine.",
            "The ministers discussed the weather in the capital and the coming holidays.");
        r.Omissions.ShouldContain(o => o.StatedBy == "A" && o.Topic == "accountability");
    }

    [Fact]
    public void A_concrete_claim_the_other_side_never_names_is_reported_without_a_topic()
    {
        var r = Compare(
            "The ministers welcomed the opening of the Kestrel Valley rail depot in Norwick next spring.",
            "The two ministers discussed the weather and agreed to meet again soon.");
        var o = r.Omissions.ShouldHaveSingleItem();
        o.Topic.ShouldBeNull();
        o.Confidence.ShouldBe(0.55);
    }

    [Theory]
    [InlineData("including the Kingdom of Oland, Morvania and Estrelle, in facilitating this outcome.")]
    [InlineData("The delegation thanked the Kingdom of Oland for hosting the meeting in Vestra.")]
    [InlineData("Lin Jian: The Harbour Forum for Asia will be held in Vestra next week.")]
    [InlineData("Ministry of Foreign Affairs - Piazza della Vestra")]
    public void Examples_thanks_for_hosting_transcript_turns_and_lines_of_names_are_not_concrete_points(string clause)
    {
        var r = Compare(clause, "The two ministers discussed the weather and agreed to meet again soon.");
        r.Omissions.ShouldBeEmpty();
    }

    [Fact]
    public void A_concrete_claim_whose_names_the_other_side_uses_is_not_reported()
    {
        var r = Compare(
            "The ministers welcomed the opening of the Kestrel Valley rail depot in Norwick next spring.",
            "They spoke about Kestrel Valley and the depot at Norwick.");
        r.Omissions.ShouldBeEmpty();
    }
}
