using Divergence.Analysis.Text;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis;

/// <summary>Turns a statement's text into claims tagged with topics. Pure and deterministic per version.</summary>
public sealed class StatementAnalyzer(Taxonomy taxonomy)
{
    public const string EngineVersion = "divergence-analysis 0.1";

    public StatementAnalyzer() : this(Taxonomy.Default) { }

    public Taxonomy Taxonomy => taxonomy;

    public string Version => $"{EngineVersion} / taxonomy {taxonomy.Version}";

    public StatementAnalysis Analyze(string text, string language)
    {
        var claims = new List<Claim>();
        var sentences = SentenceSplitter.Split(text);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var debris = Boilerplate.IsDebris(sentence.Of(text));
            foreach (var span in ClauseSplitter.Split(text, sentence))
                claims.Add(Tag(text, i, span, debris));
        }
        return new StatementAnalysis(Version, language, sentences.Count, claims);
    }

    Claim Tag(string text, int sentence, TextSpan span, bool debris)
    {
        var clause = span.Of(text);
        var topics = debris ? [] : taxonomy.Topics.Where(t => t.Matches(clause)).ToList();
        var qualifiers = topics.SelectMany(t => t.QualifiersIn(clause).Select(q => $"{t.Id}:{q}")).ToList();
        return new Claim(sentence, span.Start, span.End, clause, topics.Select(t => t.Id).ToList(), qualifiers, debris);
    }
}
