using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// Whose words each sentence of a news story carries, read in order: the issuer's (attributed to its ministry, its
/// seat of government or an official, spoken by someone already quoted for it, or continuing such a sentence) or
/// another voice once the issuer has been quoted (the reporter's background, third parties, the other side's readout).
/// What the story is about is settled from the whole text first: the lede's principal and counterpart, and which
/// government body and seat are the story's own.
/// </summary>
sealed class NewsAttribution
{
    readonly HashSet<string> speakers = new(StringComparer.Ordinal);
    readonly HashSet<string> counterpart;
    readonly HashSet<string> ledeCounterpart;
    readonly string? ownDemonym;
    readonly string? ownSeat;
    readonly bool agencyAccount;
    readonly bool ownBodyUnnamed;
    readonly Regex? ownAcronym;
    readonly Regex? principalsOffice;
    readonly HashSet<string> principalNames;
    bool previousAttributed;
    bool issuerQuoted;

    public NewsAttribution(IReadOnlyList<string> sentences)
    {
        // An agency reporting its own side's minister attributes to no ministry: the lede's principal speaks for the issuer.
        var principal = sentences.Select(NewsArticle.LedePrincipal).FirstOrDefault(p => p is not null);
        // "..., Lee's office said": a leader's own office and aides speak for him (PrincipalsVoice).
        principalNames = new HashSet<string>(principal?.Names ?? [], StringComparer.Ordinal);
        principalsOffice = PrincipalsVoice.OfficeOf(principalNames);
        // Whose government the article reports: the lede principal's demonym, else the first body it cites ("the Japanese
        // Defense Ministry said") or whose readout it quotes ("according to a readout issued by the Chinese Foreign Ministry").
        // A story that leads with what an official said ("President Vladimir Putin said on Friday ...") reports his side.
        var speaking = principal is null && sentences.FirstOrDefault(NewsArticle.NamesTitledPerson) is { } first ? NewsArticle.SpeakingLede(first) : null;
        // "the Department of National Defense (DND) said": the initials a story gives the body it first cites stand for
        // that body after ("the DND said the two officials agreed ...").
        ownAcronym = sentences.Where(NewsArticle.HasAttribution).Select(NewsArticle.DefinedBodyAcronym).FirstOrDefault() is { } initials
            ? NewsArticle.AcronymAttribution(initials) : null;
        // A story on a minister named without a demonym ("Minister of Foreign Affairs Le Hoai Trung held talks ...") that
        // cites "the Ministry of Foreign Affairs" by no country's name reports the agency's own government: a body named
        // by a demonym there is another side's.
        // The first attribution decides: "China's foreign ministry says Foreign Minister Penny Wong told ..." reports China.
        ownBodyUnnamed = principal is { Demonym: null } && sentences.FirstOrDefault(NewsArticle.HasAttribution) is { } firstCited
            && NewsArticle.AttributedToIssuer(firstCited) && NewsArticle.AttributedBody(firstCited) is null && NewsArticle.ReleasedBy(firstCited) is null;
        ownDemonym = principal?.Demonym ?? speaking?.Demonym ?? (ownBodyUnnamed ? null : sentences.Select(s => NewsArticle.AttributedBody(s) ?? NewsArticle.ReleasedBy(s)).FirstOrDefault(d => d is not null));
        // "..., the White House said" in the lede: a seat of government the story cites before anything else is the issuer's.
        // Not where the lede's principal is of another country: "According to the Kremlin, ..." in a story on Xi's call.
        ownSeat = sentences.Where(NewsArticle.HasAttribution).Select(NewsArticle.AttributedSeat).FirstOrDefault();
        if (ownSeat is not null && principal?.Demonym is { } principals && NewsArticle.DemonymOfSeat(ownSeat) is { } seats && seats != principals) ownSeat = null;
        agencyAccount = principal is not null && !sentences.Any(AttributedToIssuer);
        // The lede's principal speaks for the issuer where no ministry is cited, or where the body cited is of his own
        // country ("Lavrov said ..." in a story on the Russian Foreign Ministry's statement).
        // So does one named without a demonym in a story citing its ministry by no country's name (ownBodyUnnamed).
        if (principal is { } lede && (agencyAccount || ownBodyUnnamed || (lede.Demonym is { } d && sentences.Any(s => NewsArticle.CitesBodyOf(s, d)))))
            speakers.UnionWith(lede.Names);
        if (speaking is { } voice) speakers.UnionWith(voice.Names);
        // "President Lee Jae Myung and U.S. President Donald Trump agreed ..., the presidential office said": the principal
        // named without a country, in a story citing a seat named without one, is the agency's own president.
        if (principal is { Demonym: null } own && ((ownSeat is not null && NewsArticle.DemonymOfSeat(ownSeat) is null)
                || (principalsOffice is not null && sentences.Any(principalsOffice.IsMatch))))
            speakers.UnionWith(own.Names);
        // The minister a "meeting between ... and his Australian counterpart" lede names bare speaks for the story's own
        // side, once the body it cites is not the counterpart's.
        if (principal is null && ownDemonym is not null && sentences.Select(NewsArticle.MeetingBetween).FirstOrDefault(b => b is not null) is { } between
            && between.CounterpartDemonym != ownDemonym)
            speakers.UnionWith(between.Names);
        // In the agency's own account the counterpart's words are reported from the issuer's readout too, unless the
        // sentence names its source ("According to the Kremlin, Putin said").
        counterpart = new HashSet<string>(agencyAccount ? sentences.Select(NewsArticle.LedeCounterpart).FirstOrDefault(c => c.Length > 0) ?? [] : [], StringComparer.Ordinal);
        ledeCounterpart = new HashSet<string>(sentences.Select(NewsArticle.LedeCounterpartAnyMeeting).FirstOrDefault(c => c.Length > 0) ?? [], StringComparer.Ordinal);
    }

    /// <summary>Reads the next sentence of the story: whether it is the issuer's account, and whether it is another
    /// voice after the issuer was quoted. <paramref name="sameParagraph"/>: no line break since the sentence before.</summary>
    public (bool Attributed, bool OtherVoice) Read(string sentence, bool sameParagraph)
    {
        var attributed = AttributedToIssuer(sentence)
            || (previousAttributed && (NewsArticle.Continues(sentence) || (sameParagraph && NewsArticle.ContinuesParagraph(sentence))))
            || (agencyAccount && (NewsArticle.CounterpartsReply(sentence) || (previousAttributed && NewsArticle.ContinuesIndirectSpeech(sentence))))
            || NewsArticle.SpokenBy(sentence, speakers) || NewsArticle.QuotesSpeaker(sentence, speakers)
            || (issuerQuoted && NewsArticle.ReportsTheTalks(sentence))
            || ((NewsArticle.SpokenBy(sentence, counterpart) || NewsArticle.QuotesSpeaker(sentence, counterpart)) && !NewsArticle.HasAttribution(sentence));
        // "In a statement released by her office, Wong said ...": the counterpart speaking through her own channel is
        // the other side's account, even where the issuer's readout reported her words before.
        if (NewsArticle.OwnChannel(sentence) && NewsArticle.SpeakersIn(sentence).Any(ledeCounterpart.Contains)) attributed = false;
        var aide = PrincipalsVoice.AideSpeaking(sentence, principalNames);
        attributed |= aide.Length > 0;
        if (attributed) speakers.UnionWith(NewsArticle.SpeakersIn(sentence).Concat(aide));
        var otherVoice = issuerQuoted && !attributed;
        // "ADVERTISEMENT" between two paragraphs of the story does not interrupt whose words it reports.
        if (!NewsArticle.IsInterstitial(sentence)) previousAttributed = attributed;
        issuerQuoted |= attributed;
        return (attributed, otherVoice);
    }

    // "The German Foreign Office said in a statement" in an article whose principal is Chinese is another side's word.
    bool AttributedToIssuer(string s) =>
        (NewsArticle.AttributedToIssuer(s) || (ownAcronym?.IsMatch(s) ?? false) || (ownDemonym is not null && NewsArticle.CitesBodyOf(s, ownDemonym))
            || (principalsOffice?.IsMatch(s) ?? false)
            || (ownSeat is not null && (NewsArticle.AttributedSeat(s) == ownSeat || (ownSeat.EndsWith("office") && NewsArticle.CitesTheOffice(s))))
            // "The Kremlin said ..." in a story on the Russian Foreign Ministry's words: the same government.
            || (ownDemonym is not null && NewsArticle.AttributedSeat(s) is { } seat && NewsArticle.DemonymOfSeat(seat) == ownDemonym))
        && !(ownDemonym is { } own && NewsArticle.OtherSidesBody(s, own))
        && !(ownBodyUnnamed && (NewsArticle.AttributedBody(s) is not null || NewsArticle.ReleasedBy(s) is not null));
}
