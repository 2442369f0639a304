using System.Text.Json;
using Divergence.Analysis.Embedding;

namespace Divergence.Analysis.Tests;

public class AnalysisRecordTests
{
    const string Text = "Secretary Rubio met Foreign Minister Cho Hyun. They discussed the full implementation of sanctions, and the two sides agreed to expand cooperation on shipbuilding.";

    [Fact]
    public void Analysis_is_deterministic_and_round_trips_through_System_Text_Json()
    {
        var first = JsonSerializer.Serialize(Shared.Analyzer.Analyze(Text, "en"));
        var second = JsonSerializer.Serialize(Shared.Analyzer.Analyze(Text, "en"));
        first.ShouldBe(second);
        var back = JsonSerializer.Deserialize<StatementAnalysis>(first)!;
        JsonSerializer.Serialize(back).ShouldBe(first);
    }

    [Fact]
    public void Embeddings_are_stored_compactly_as_int8_base64()
    {
        var analysis = Shared.Analyzer.Analyze(Text, "en");
        var embedded = analysis.Claims.Where(c => c.Embedding is not null).ToList();
        embedded.ShouldNotBeEmpty();
        embedded.ShouldAllBe(c => c.Embedding!.Length == 512); // 384 bytes
    }

    [Fact]
    public void Quantised_cosine_stays_close_to_the_model_cosine()
    {
        var v = SentenceEmbedder.Shared.Embed(["sanctions on North Korea", "implementation of sanctions against the DPRK"]);
        var exact = v[0].Zip(v[1], (x, y) => (double)x * y).Sum();
        var quantised = QuantizedVector.Cosine(QuantizedVector.Decode(QuantizedVector.Encode(v[0])), QuantizedVector.Decode(QuantizedVector.Encode(v[1])));
        quantised.ShouldBe(exact, 0.02);
    }

    [Fact]
    public void Korean_claims_and_debris_carry_no_embedding()
    {
        var analysis = Shared.Analyzer.Analyze("양 장관은 한반도의 완전한 비핵화 목표를 재확인하였다.\nShare\nPrint", "ko");
        analysis.Claims.ShouldAllBe(c => c.Embedding == null);
    }

    [Fact]
    public void The_version_names_engine_taxonomy_and_model()
    {
        Shared.Analyzer.Version.ShouldStartWith(StatementAnalyzer.EngineVersion + " / taxonomy ");
        Shared.Analyzer.Version.ShouldContain("/ taxonomy ");
        Shared.Analyzer.Version.ShouldEndWith("/ minilm-l6-v2");
    }
}
