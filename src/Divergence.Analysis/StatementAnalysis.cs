namespace Divergence.Analysis;

/// <summary>
/// What the analyzer found in one statement. Stored in the StatementAnalyzed event so that projections and
/// replays never re-run the analysis: the same analysis always yields the same report.
/// </summary>
public sealed record StatementAnalysis(
    string AnalyzerVersion,
    string Language,
    int SentenceCount,
    IReadOnlyList<Claim> Claims);

/// <summary>
/// One claim (a clause) with its span in the original text. Debris claims are kept, marked, so that evidence
/// offsets stay meaningful, but they never take part in a comparison. Embedding: the all-MiniLM-L6-v2 vector of
/// the claim's content words (names and stock phrasing removed), int8-quantised in base64; null for Korean
/// claims (no offline model reads Korean), debris and claims with no content words. Setting: the sentence that
/// reports the engagement itself (who met whom, where); its topics show what the other side addressed but it is
/// never an omission or a framing of its own. NearTopic (1.0): for an English claim no taxonomy phrase matches, the
/// topic whose own wording (label and phrases) its content embedding is closest to, with that cosine
/// (NearTopicSimilarity); the comparison decides what a given similarity is worth. Null on older analyses.
/// OtherVoice: a debris sentence of a news article, after it first quoted the issuer, that speaks in another voice
/// (the reporter's background, a third party, the other side's readout): not even in passing the issuer's words.
/// </summary>
public sealed record Claim(
    int Sentence,
    int Start,
    int End,
    string Text,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Qualifiers,
    bool Debris,
    string? Embedding = null,
    bool Setting = false,
    string? NearTopic = null,
    double? NearTopicSimilarity = null,
    bool OtherVoice = false);
