using System.Text.Json;

namespace Divergence.Analysis.Evaluation;

/// <summary>One labelled engagement of tests/corpus: folder NN-slug with a.txt, b.txt and labels.json.</summary>
public sealed record CorpusPair(string Name, string TextA, string TextB, PairLabels Labels)
{
    public static IReadOnlyList<CorpusPair> LoadAll(string corpusDirectory) =>
        Directory.GetDirectories(corpusDirectory)
            .Where(d => File.Exists(Path.Combine(d, "labels.json")) && File.Exists(Path.Combine(d, "a.txt")) && File.Exists(Path.Combine(d, "b.txt")))
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public static CorpusPair Load(string directory)
    {
        var labels = JsonSerializer.Deserialize<PairLabels>(File.ReadAllText(Path.Combine(directory, "labels.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? throw new InvalidDataException($"{directory}: empty labels.json");
        return new CorpusPair(Path.GetFileName(directory), File.ReadAllText(Path.Combine(directory, "a.txt")),
            File.ReadAllText(Path.Combine(directory, "b.txt")), labels);
    }

    public string TextOf(string issuer) => issuer == Labels.IssuerA ? TextA : TextB;
}

public sealed record PairLabels(
    string IssuerA, string IssuerB, string? LanguageA, string? LanguageB, bool Agreeing,
    IReadOnlyList<GoldOmission> Omissions, IReadOnlyList<GoldFraming> Framing);

public sealed record GoldOmission(string StatedBy, string OmittedBy, string? Topic, string Evidence);

public sealed record GoldFraming(string? Topic, string A, string B);
