namespace Divergence.Analysis.Text;

/// <summary>English month names as a regex alternation, for the checks that tell a date from a figure.</summary>
static class MonthNames
{
    public const string Alternation = "January|February|March|April|May|June|July|August|September|October|November|December";
}
