namespace Divergence.Analysis.Evaluation;

/// <summary>Counts for precision and recall: predictions that hit a gold item, and gold items that were found.</summary>
public sealed record Tally(int Predicted, int PredictedCorrect, int Gold, int GoldFound)
{
    public static readonly Tally Zero = new(0, 0, 0, 0);

    public double Precision => Predicted == 0 ? 1 : (double)PredictedCorrect / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)GoldFound / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Tally operator +(Tally x, Tally y) =>
        new(x.Predicted + y.Predicted, x.PredictedCorrect + y.PredictedCorrect, x.Gold + y.Gold, x.GoldFound + y.GoldFound);
}
