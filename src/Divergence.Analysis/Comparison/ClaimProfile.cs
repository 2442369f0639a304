using System.Text.RegularExpressions;
using Divergence.Analysis.Embedding;
using Divergence.Analysis.Text;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Comparison;

/// <summary>What a comparison needs of one substantive claim, computed once per comparison from the stored claim.</summary>
public sealed class ClaimProfile
{
    public ClaimProfile(string statementId, Claim claim)
    {
        StatementId = statementId;
        Claim = claim;
        IsKorean = Language.Guess(claim.Text) == "ko";
        Stems = IsKorean ? [] : ContentWords.StemsOf(claim.Text);
        Bigrams = IsKorean ? KoreanBigrams.Of(claim.Text) : [];
        Vector = claim.Embedding is { } e ? QuantizedVector.Decode(e) : null;
        amounts = new(() => Text.Amounts.In(claim.Text));
        quantities = new(() => QuantityOmissions.QuantitiesIn(claim.Text));
    }

    readonly Lazy<HashSet<decimal>> amounts;
    readonly Lazy<HashSet<string>> quantities;

    /// <summary>The amounts the claim gives, as values in either script's units (Text.Amounts): read once, however
    /// many claims of the other side compare against it.</summary>
    public HashSet<decimal> Amounts => amounts.Value;

    /// <summary>The quantities the claim gives, as digits (QuantityOmissions.QuantitiesIn).</summary>
    public HashSet<string> Quantities => quantities.Value;

    public string StatementId { get; }
    public Claim Claim { get; }
    public bool IsKorean { get; }
    public HashSet<string> Stems { get; }
    public HashSet<string> Bigrams { get; }
    public sbyte[]? Vector { get; }

    public Evidence Evidence => new(StatementId, Claim.Text, Claim.Sentence, Claim.Start, Claim.End);
}

/// <summary>One issuer's account prepared for comparison: its substantive claims and what they say in total.</summary>
public sealed partial class AccountProfile
{
    public AccountProfile(Account account)
    {
        Account = account;
        Claims = account.SubstantiveClaims.Select(c => new ClaimProfile(c.StatementId, c.Claim)).ToList();
        Topics = Claims.SelectMany(c => c.Claim.Topics).ToHashSet();
        Stems = Claims.SelectMany(c => c.Stems).ToHashSet();
        Bigrams = Claims.SelectMany(c => c.Bigrams).ToHashSet();
        HasEnglish = Claims.Any(c => !c.IsKorean);
        HasKorean = Claims.Any(c => c.IsKorean);
        allText = new(() => string.Join(" ", account.Statements.SelectMany(s => s.Analysis.Claims).Where(c => !c.OtherVoice).Select(c => c.Text)));
        substantiveText = new(() => string.Join(" ", Claims.Select(c => c.Claim.Text)));
        // "general-level mechanism" writes "General Level Mechanism" too: a hyphenated word gives its parts as well.
        allWords = new(() => Word().Matches(AllText).Select(m => m.Value.ToLowerInvariant())
            .Select(w => w.EndsWith("'s") ? w[..^2] : w)
            .SelectMany(w => w.Contains('-') ? w.Split('-', StringSplitOptions.RemoveEmptyEntries).Append(w) : [w]).ToHashSet());
        nameInitials = new(() => Acronyms.OfNamesIn(AllText));
        nameRuns = new(() => Acronyms.NameRunsIn(AllText));
        acronyms = new(() => Word().Matches(AllText).Select(m => m.Value).Where(Acronyms.IsAcronym).ToHashSet(StringComparer.Ordinal));
        allAmounts = new(() => Amounts.In(AllText));
        allModels = new(() => ModelDesignations.In(AllText));
        headlines = account.Statements.SelectMany(s => s.Analysis.Claims.TakeWhile(c => c.Debris)
                // "3. Japan-U.S.-ROK cooperation": an overview's numbered section heading names what its points are about.
                .Concat(s.Analysis.Claims.SkipWhile(c => c.Debris).Where(c => c.Debris && !c.OtherVoice && Boilerplate.IsSectionHeading(c.Text))))
            .Select(c => c.Text).Where(t => !Boilerplate.IsPageChrome(t) && !Boilerplate.IsBodyName(t)).ToList();
    }

    readonly List<string> headlines;
    (Taxonomy Taxonomy, HashSet<string> Topics)? headlineTopics;

    /// <summary>The topics the page's own head names, before its first point: title, subtitle, standfirst ("Foreign
    /// Secretary and Minister Cho agreed to deepen cooperation on trade, security, technology and clean energy"). The
    /// issuer's words, though never compared as claims; menus and breadcrumbs are left out. Matched once per account,
    /// however many coverages a comparison builds.</summary>
    public HashSet<string> HeadlineTopics(Taxonomy taxonomy)
    {
        if (headlineTopics is not { } cached || !ReferenceEquals(cached.Taxonomy, taxonomy))
            headlineTopics = cached = (taxonomy, taxonomy.Topics.Where(t => headlines.Any(t.MentionedIn)).Select(t => t.Id).ToHashSet());
        return cached.Topics;
    }

    readonly Lazy<string> allText;
    readonly Lazy<string> substantiveText;
    readonly Lazy<HashSet<string>> allWords;
    readonly Lazy<HashSet<string>> nameInitials;
    readonly Lazy<List<string>> nameRuns;
    readonly Lazy<HashSet<string>> acronyms;
    readonly Lazy<HashSet<decimal>> allAmounts;
    readonly Lazy<HashSet<string>> allModels;

    /// <summary>The amounts <see cref="AllText"/> gives, in values (Text.Amounts): built once per comparison.</summary>
    public HashSet<decimal> AllAmounts => allAmounts.Value;

    /// <summary>The model designations <see cref="AllText"/> names, normalised (ModelDesignations): built once per comparison.</summary>
    public HashSet<string> AllModels => allModels.Value;

    /// <summary>Every claim of every statement, debris included (but not a news story's other voices): what the account writes anywhere. Built on first
    /// use, once per comparison rather than once per claim that asks.</summary>
    public string AllText => allText.Value;

    /// <summary>The substantive claims' text.</summary>
    public string SubstantiveText => substantiveText.Value;

    /// <summary>The lower-cased words of <see cref="AllText"/>, possessives stripped.</summary>
    public HashSet<string> AllWords => allWords.Value;

    /// <summary>The initials of every multi-word name in <see cref="AllText"/> ("CPEC" for "China-Pakistan Economic
    /// Corridor"), to recognise the account's names when the other side abbreviates them.</summary>
    public HashSet<string> NameInitials => nameInitials.Value;

    /// <summary>The account writes out a name this acronym abbreviates in a way its initials alone do not: "KKH" against
    /// "the Karakoram Highway" (Acronyms.Abbreviates).</summary>
    public bool SpellsOut(string acronym) =>
        Acronyms.IsAcronym(acronym) && nameRuns.Value.Any(r => Acronyms.Abbreviates(acronym, r));

    /// <summary>The account uses an acronym for this written-out name: "the KKH" against "the Karakoram Highway".</summary>
    public bool Abbreviates(string name) => name.Length > 0 && acronyms.Value.Any(a => Acronyms.Abbreviates(a, name));

    [GeneratedRegex(@"[\p{L}][\p{L}'\-]*")]
    private static partial Regex Word();

    public Account Account { get; }
    public IReadOnlyList<ClaimProfile> Claims { get; }
    public HashSet<string> Topics { get; }
    public HashSet<string> Stems { get; }
    public HashSet<string> Bigrams { get; }
    public bool HasEnglish { get; }
    public bool HasKorean { get; }
}
