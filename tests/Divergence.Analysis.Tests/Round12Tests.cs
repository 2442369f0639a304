namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.4 (round 12): how sure a taxonomy omission is depends on whether the other side answered the
/// rest of its claim. Sentences are made up.</summary>
public class Round12Tests
{
    const string Other = "The Secretary and the Minister discussed ways to expand two-way investment and welcomed progress on the new investment fund.";

    [Fact]
    public void A_topic_named_in_passing_in_a_claim_the_other_side_answered_is_reported_at_what_such_claims_measured()
    {
        const string stating = "The ministers agreed that follow-up investment talks after the leaders' summit in Gyeongju are proceeding smoothly.";
        var result = Shared.Compare("KR-MOFA", stating, "en", "US-DOS", Other, "en");
        var omission = result.Omissions.ShouldHaveSingleItem();
        omission.Topic.ShouldBe("leader-visit");
        omission.Confidence.ShouldBe(0.6); // TopicOmissions.PartlySharedConfidence
    }

    [Fact]
    public void A_claim_the_other_side_did_not_answer_at_all_keeps_the_taxonomy_confidence()
    {
        const string stating = "The ministers agreed to prepare for the leaders' summit in Gyeongju. The two sides also discussed ways to expand two-way investment.";
        var result = Shared.Compare("KR-MOFA", stating, "en", "US-DOS", Other, "en");
        var omission = result.Omissions.ShouldHaveSingleItem();
        omission.Topic.ShouldBe("leader-visit");
        omission.Confidence.ShouldBe(0.9); // TopicOmissions.Confidence
    }
}
