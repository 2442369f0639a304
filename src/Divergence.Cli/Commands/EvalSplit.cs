using Divergence.Analysis.Evaluation;

namespace Divergence.Cli.Commands;

/// <summary>`--split odd|even|all`: the corpus halves by pair number (the NN- prefix). Tune on one half, report
/// the other as held out, so a rule that only fits particular sentences shows up as a gap between the two.</summary>
static class EvalSplit
{
    public static IReadOnlyList<CorpusPair> Select(IReadOnlyList<CorpusPair> pairs, string split) => split switch
    {
        "all" => pairs,
        "odd" => pairs.Where(p => NumberOf(p) % 2 == 1).ToList(),
        "even" => pairs.Where(p => NumberOf(p) % 2 == 0).ToList(),
        _ => throw new UsageException("--split takes odd, even or all"),
    };

    static int NumberOf(CorpusPair pair)
    {
        var digits = new string(pair.Name.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var n) ? n : throw new UsageException($"{pair.Name}: no NN- prefix to split on");
    }
}
