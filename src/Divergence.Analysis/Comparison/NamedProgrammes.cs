using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// A named programme, project or institution inside a claim whose subject the other side shares (or a model
/// designation the other side never names, <see cref="ModelDesignations"/>): "support for the
/// Pacific Resilience Facility" against an account that speaks of the Pacific, "the Luzon Economic Corridor" against
/// one of infrastructure. The name (a capitalised run ending in a head noun such as Initiative, Corridor, Facility,
/// Project) has a word the other account never writes, outside the parties' own names and the words every
/// relationship uses. English against English; one per claim, never on a claim already reported.
/// </summary>
public static partial class NamedProgrammes
{
    public const double Confidence = 0.55;

    public static IEnumerable<Omission> Of(AccountProfile stating, AccountProfile other, IReadOnlyList<Omission> found)
    {
        // A Korean account writes a programme's name in Hangul: an English name missing from it says nothing.
        if (!other.HasEnglish || other.HasKorean) yield break;
        var reported = found.Where(o => o.Confidence >= AccountComparer.ReportingConfidence).Select(o => o.Evidence).ToHashSet();
        string[] issuers = [stating.Account.Issuer, other.Account.Issuer];
        foreach (var claim in stating.Claims.Where(c => !c.IsKorean && !c.Claim.Setting && !reported.Contains(c.Evidence)))
        {
            var text = claim.Claim.Text;
            if (StanceMarkers.Absent(text) || ConcreteClaims.IsSpeakerTurn(text)) continue;
            // A model designation ("six additional P-8I aircraft", "GE F404 engines") names one system; the other side's
            // "arms purchases" do not say which, so the system is the point it left out.
            if (ModelDesignations.FirstMissing(text, other.AllModels) is { } model)
            {
                yield return new Omission(stating.Account.Issuer, other.Account.Issuer, claim.Claim.Topics.FirstOrDefault(),
                    model, claim.Evidence, Confidence);
                continue;
            }
            // A claim about a system both name ("AS9 howitzers ... at Hanwha's Armoured Vehicle Centre") is the shared
            // point; the facility it adds is detail.
            if (ModelDesignations.Shared(text, other.AllModels)) continue;
            var parties = PartyNames.SpansIn(text, issuers);
            foreach (Match m in Name().Matches(text))
            {
                var name = m.Groups["name"];
                var parts = Word().Matches(name.Value).ToList();
                // A name that carries a party's ("the Japan-EU Security and Defence Partnership", "the India-Germany
                // Migration and Mobility Partnership") names the relationship's own framework, which each side words its way.
                if (parties.Any(p => p.Start >= name.Index && p.Start < name.Index + name.Length)
                    || parties.Any(p => p.End <= name.Index && name.Index - p.End <= 1)) continue;
                // "the All-Weather Strategic Cooperative Partnership": the relationship itself, by its title.
                if (m.Groups["head"].Value == "Partnership" && name.Value.Contains("Strategic", StringComparison.Ordinal)) continue;
                var words = parts.Select(w => w.Value.ToLowerInvariant()).Where(w => !Stock().IsMatch(w)).ToList();
                // "the CSP Action Programme" against "the Action Programme for the Comprehensive Strategic Partnership":
                // an acronym in the name is a word the other side spells out.
                // "the KKH" against "the Karakoram Highway", either way round, also where the acronym takes a letter from
                // inside a word (Acronyms.Abbreviates).
                var spelledOut = Text.Acronyms.NameRunsIn(name.Value).Where(other.Abbreviates).Select(r => r.ToLowerInvariant()).ToList();
                bool Abbreviated(string w) => parts.Any(p => p.Value.ToLowerInvariant() == w && other.SpellsOut(p.Value));
                if (words.Count == 0 || words.All(w => other.AllWords.Contains(w) || other.NameInitials.Contains(w.ToUpperInvariant())
                        || Abbreviated(w) || spelledOut.Any(r => r.Contains(w)))) continue;
                // "the Jaitapur Nuclear Power Project" against "the six EPR reactors at Jaitapur": the other side names
                // the word that singles the project out (one the model knows no whole token for), in words of its own.
                var rare = words.Where(Embedding.ModelVocabulary.IsRare).ToList();
                if (rare.Count > 0 && rare.All(other.AllWords.Contains)) continue;
                // The same name abbreviated on the other side ("the INSTC"), or spelled out there.
                var initials = Text.Acronyms.OfRunAt(text, m.Index);
                if (initials.Length >= 2 && (Text.Acronyms.AbbreviatedIn(initials, other.AllWords) || other.NameInitials.Contains(initials))) continue;
                if (Abbreviation().Match(text, m.Index + m.Length) is { Success: true } abbr && other.AllWords.Contains(abbr.Groups[1].Value.ToLowerInvariant())) continue;
                // "the Middle Corridor (Trans-Caspian International Transport Route)": the other name in brackets, the other side's.
                if (BracketedName().Match(text, m.Index + m.Length) is { Success: true } bracketed
                    && Word().Matches(bracketed.Groups[1].Value).Select(w => w.Value.ToLowerInvariant()).Where(w => !Stock().IsMatch(w)).ToList() is { Count: > 0 } aliasWords
                    && aliasWords.All(other.AllWords.Contains)) continue;
                // "the Working Mechanism for Consultation and Coordination on ... Border Affairs (WMCC)": the name runs on
                // past its head noun to the abbreviation, which starts with the name's own initials.
                if (LaterAbbreviation().Match(text, m.Index + m.Length) is { Success: true } later && initials.Length >= 2
                    && (later.Groups[1].Value.StartsWith(initials, StringComparison.Ordinal) || initials.StartsWith(later.Groups[1].Value, StringComparison.Ordinal))
                    && other.AllWords.Contains(later.Groups[1].Value.ToLowerInvariant())) continue;
                // 'a "2+2" Security Consultative Committee meeting' against 'a "2+2" meeting': the short name in quotes
                // before the full one, written the same way on the other side.
                if (QuotedAliasBefore().Match(text[..name.Index]) is { Success: true } alias && other.AllText.Contains(alias.Groups[1].Value, StringComparison.Ordinal)) continue;
                if (NamedByItsPlaces(name.Value, other)) continue;
                yield return new Omission(stating.Account.Issuer, other.Account.Issuer, claim.Claim.Topics.FirstOrDefault(),
                    m.Value, claim.Evidence, Confidence);
                break;
            }
        }
    }

    /// <summary>The claim names a programme that one of the other account's claims also names, on a topic of this
    /// claim: "climate, where they agreed to accelerate work under the UK-India Offshore Wind Taskforce" against "agreed
    /// to accelerate the work of the India-UK Offshore Wind Taskforce". The same named undertaking is the same point,
    /// whichever broader words each side puts around it. Names compare by their words outside the parties' names.</summary>
    public static bool SharedWith(ClaimProfile claim, AccountProfile stating, AccountProfile other)
    {
        if (claim.IsKorean || !other.HasEnglish) return false;
        string[] issuers = [stating.Account.Issuer, other.Account.Issuer];
        var mine = NamesIn(claim.Claim.Text, issuers);
        if (mine.Count == 0) return false;
        return other.Claims.Any(o => !o.IsKorean && o.Claim.Topics.Any(claim.Claim.Topics.Contains)
                                     && NamesIn(o.Claim.Text, issuers).Overlaps(mine));
    }

    static HashSet<string> NamesIn(string text, string[] issuers)
    {
        var parties = PartyNames.SpansIn(text, issuers);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Name().Matches(text))
        {
            var words = Word().Matches(m.Value).Where(w => !parties.Any(p => w.Index + m.Index >= p.Start && w.Index + m.Index < p.End))
                .Select(w => w.Value.ToLowerInvariant()).Where(w => !Stock().IsMatch(w)).Order(StringComparer.Ordinal).ToList();
            if (words.Count > 0) names.Add(string.Join(' ', words));
        }
        return names;
    }

    /// <summary>"the Chennai-Vladivostok Eastern Maritime Corridor" against "the sea route linking Chennai and
    /// Vladivostok": a name built on the places it joins, both of which the other side names, is the same route.</summary>
    static bool NamedByItsPlaces(string name, AccountProfile other) =>
        PlaceCompound().Matches(name).Any(c => c.Value.Split('-').All(p => other.AllWords.Contains(p.ToLowerInvariant())));

    [GeneratedRegex(@"\b(?!(North|South|East|West)\b)\p{Lu}\p{Ll}+(?:-(?!(North|South|East|West)\b)\p{Lu}\p{Ll}+)+\b")]
    private static partial Regex PlaceCompound();

    // One to four capitalised words (joined by of/and/for/the), then the head noun.
    // ... or an acronym before a lower-case head noun ("the TRUST initiative"), or a place's name after "the" ("the
    // Jaitapur project": the article shows it is no sentence's first word).
    // ... or two or three capitalised words before an operation or exercise ("NATO's Eastern Sentry operation").
    // A sentence's fronted participle or preposition ("Discussing the Migration and Mobility Partnership, ...") is capitalised
    // but no word of the name.
    [GeneratedRegex(@"(?<![\p{L}\-])(?:(?!(?:Discussing|Regarding|Concerning|Noting|Welcoming|Recalling|Reviewing|Highlighting|Underlining|Stressing|Reaffirming|Expressing|Turning|Building|Following|Including|Under|Through|Within|During|With|Also|Both|They|We)\b)(?<name>\p{Lu}[\p{L}'\-]*\d*(?:\s+(?:(?:of|and|for|the|on)\s+){0,2}\p{Lu}[\p{L}'\-]*\d*){0,3})\s+(?<head>Initiative|Corridor|Project|Facility|Accords?|Forum|Contact Group|Tribunal|Compact|Coalition|Reserve|Programme|Program|Committee|Railway|Plant|Fund|Framework|Mechanism|Scheme|Highway|Centre|Center|Partnership|Taskforce|Task Force|Port|Airport|Dam|Bridge|Pipeline|Canal|Zone|Concept|Doctrine|Activities)|(?<name>[A-Z][A-Z0-9\-]{2,})\s+(?<head>initiative|programme|program|project|corridor|railway|framework|mechanism|scheme|facility|fund)|(?<=\bthe )(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?<head>project|corridor|railway|pipeline|port|dam|plant|programme|program|initiative)|(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+(?<head>operation|mission|exercises?|drills?))\b")]
    private static partial Regex Name();

    [GeneratedRegex(@"[""“]([^""”\s][^""”]{0,11})[""”]\s*$")]
    private static partial Regex QuotedAliasBefore();

    [GeneratedRegex(@"\G[^().;]{1,80}?\(([A-Z][A-Z0-9\-]{1,9})\)")]
    private static partial Regex LaterAbbreviation();

    [GeneratedRegex(@"\G\s*\(((?:\p{Lu}[\p{L}\-]*\s*){2,8})\)")]
    private static partial Regex BracketedName();

    // "... Scheme (MATES)": the abbreviation the release gives right after the name.
    [GeneratedRegex(@"\G\s*\(([A-Z][A-Za-z0-9\-]{1,9})\)")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\p{L}[\p{L}'\-]*")]
    private static partial Regex Word();

    // Words any programme of any relationship may carry: they name nothing by themselves.
    [GeneratedRegex(@"^(the|of|and|for|on|strategic|comprehensive|global|special|joint|bilateral|economic|cooperation|development|partnership|new|national|international|regional|future|mutual|enhanced|upgraded|major|high-level|trade|central|political|bureau|communist|party|cpc|member|minister|ministers|foreign)$")]
    private static partial Regex Stock();
}
