namespace Divergence.Analysis.Tests;

/// <summary>Analysis 1.4 (round 12): how sure a taxonomy omission is depends on whether the other side answered the
/// rest of its claim. Sentences are made up.</summary>
public class Round12Tests
{
    const string Other = "The Secretary and the Minister discussed ways to expand two-way investment and welcomed progress on the new investment fund.";

    // 0.6: TopicOmissions.PartlySharedConfidence (the claim's other topic, investment, is answered); 0.9:
    // TopicOmissions.Confidence (nothing of the claim is answered).
    [Theory]
    [InlineData("The ministers agreed that investment talks ahead of the leaders' summit in Gyeongju are proceeding smoothly.", 0.6)]
    [InlineData("The ministers agreed to prepare for the leaders' summit in Gyeongju. The two sides also discussed ways to expand two-way investment.", 0.9)]
    public void A_taxonomy_omission_is_as_sure_as_the_rest_of_its_claim_is_unanswered(string stating, double confidence)
    {
        var result = Shared.Compare("KR-MOFA", stating, "en", "US-DOS", Other, "en");
        var omission = result.Omissions.ShouldHaveSingleItem();
        omission.Topic.ShouldBe("leader-visit");
        omission.Confidence.ShouldBe(confidence);
    }
}
