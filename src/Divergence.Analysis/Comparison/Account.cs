namespace Divergence.Analysis.Comparison;

/// <summary>Everything one issuer said about one engagement: one or more analysed statements.</summary>
public sealed record Account(string Issuer, IReadOnlyList<AccountStatement> Statements)
{
    public IEnumerable<(string StatementId, Claim Claim)> SubstantiveClaims =>
        Statements.SelectMany(s => s.Analysis.Claims.Where(c => !c.Debris).Select(c => (s.StatementId, c)));
}

public sealed record AccountStatement(string StatementId, StatementAnalysis Analysis);
