namespace Divergence.Analysis.Text;

/// <summary>A half-open character range [Start, End) into the original statement text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public string Of(string text) => text[Start..End];
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
