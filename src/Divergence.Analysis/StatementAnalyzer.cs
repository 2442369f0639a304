using System.Text.RegularExpressions;
using Divergence.Analysis.Embedding;
using Divergence.Analysis.Text;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis;

/// <summary>
/// Turns a statement's text into claims tagged with topics and embedded. Deterministic per version: the only
/// model is all-MiniLM-L6-v2 from its NuGet package, run on the CPU with a fixed thread count.
/// </summary>
public sealed partial class StatementAnalyzer(Taxonomy taxonomy, SentenceEmbedder? embedder)
{
    public const string EngineVersion = "divergence-analysis 3.16";

    public StatementAnalyzer() : this(Taxonomy.Default) { }

    public StatementAnalyzer(Taxonomy taxonomy) : this(taxonomy, null) { }

    public Taxonomy Taxonomy => taxonomy;

    public string Version => $"{EngineVersion} / taxonomy {taxonomy.Version} / {SentenceEmbedder.ModelName}";

    public StatementAnalysis Analyze(string text, string language)
    {
        var claims = new List<Claim>();
        var sentences = SentenceSplitter.Split(text).ToList();
        var inQuestionsAndAnswers = false;
        var news = NewsArticle.Detect(text);
        var inLinks = false;
        // A news story: whose words each sentence carries, settled from the whole story before reading it in order.
        var story = news ? new NewsAttribution(sentences.Select(s => s.Of(text)).ToList()) : null;
        // The issuer's own press appearance: its answers are its account, only the questions are debris.
        var appearance = PressAppearance.Detect(text);
        // A briefing on the engagement itself: an answer to a question about it is the issuer's account.
        var briefing = !appearance && !news && EngagementBriefing.Detect(text);
        var (questionsBegan, answering) = (false, false);
        // Under a readout, a regular press conference's excerpts: only answers to questions on this engagement count.
        var (regular, answeringRegular) = (false, false);
        var listItem = false;
        IReadOnlyList<string> asked = [];
        for (var i = 0; i < sentences.Count; i++)
        {
            var line = LineOf(text, sentences[i].Start);
            var asking = briefing && EngagementBriefing.IsQuestionLine(line);
            if (asking) (questionsBegan, answering) = (true, EngagementBriefing.AsksAboutEngagement(line));
            // Only a question about the engagement has answers that count, so only its topics are worth reading.
            if (asking) asked = answering ? taxonomy.Matching(line).Select(t => t.Id).ToList() : [];
            var askingRegular = regular && EngagementBriefing.IsQuestionLine(line);
            if (askingRegular) answeringRegular = RegularBriefing.AsksAboutThisEngagement(line);
            if (askingRegular) asked = answeringRegular ? taxonomy.Matching(line).Select(t => t.Id).ToList() : [];
            if (appearance) sentences[i] = WithoutLabel(sentences[i], PressAppearance.AnswerTextAt(sentences[i].Of(text)));
            else if (questionsBegan && answering) sentences[i] = WithoutLabel(sentences[i], EngagementBriefing.AnswerTextAt(sentences[i].Of(text)));
            else if (regular && answeringRegular && !askingRegular) sentences[i] = WithoutLabel(sentences[i], RegularBriefing.AnswerTextAt(sentences[i].Of(text)));
            sentences[i] = WithoutCapitalHeading(text, sentences[i]);
            var sentence = sentences[i].Of(text);
            // A press conference's questions and answers follow the readout; they are not the release.
            if (appearance) inQuestionsAndAnswers = PressAppearance.IsQuestionLine(line);
            else if (briefing) inQuestionsAndAnswers = questionsBegan ? asking || !answering : EngagementBriefing.IsHeading(line);
            else if (regular) inQuestionsAndAnswers = askingRegular || !answeringRegular;
            // "QUESTION: Thanks, Tommy." or "MR PIGOTT: Good afternoon." opens them too, though the sentence starts after its label.
            else inQuestionsAndAnswers |= Boilerplate.OpensQuestions(sentence, bodyBegan: claims.Any(c => !c.Debris)) || PressAppearance.IsQuestionLine(line) || PressAppearance.IsBriefersLine(line);
            // The excerpts' heading ("... Regular Press Conference on April 14, 2026 (excerpts)") starts them; a news story
            // quotes no conference of its own.
            regular |= !appearance && !briefing && !news && Boilerplate.OpensRegularBriefing(sentence);
            var sameParagraph = i > 0 && !text.AsSpan(sentences[i - 1].End, sentences[i].Start - sentences[i - 1].End).Contains('\n');
            var (attributed, otherVoice) = story?.Read(sentence, sameParagraph) ?? (false, false);
            // A related-links list: its titles are debris however long, until a line ends like a sentence (a bulleted
            // title, '- Kallas: "Europe must ..."', stays a title).
            inLinks = inLinks ? !Boilerplate.EndsLikeASentence(sentence) || Boilerplate.IsBulletItem(sentence) : Boilerplate.OpensLinks(sentence);
            var setting = EngagementLogistics.Is(sentence);
            // The bullets under a sentence that introduces them are its points, however briefly each is put.
            listItem = Boilerplate.IsBulletItem(sentence) && (listItem || (i > 0 && Boilerplate.IntroducesList(sentences[i - 1].Of(text))));
            var debris = inQuestionsAndAnswers || inLinks || Boilerplate.IsDebris(sentence, allowAttribution: news, listItem) || (news && !attributed);
            TextSpan? previous = null;
            foreach (var span in ClauseSplitter.Split(text, sentences[i]))
            {
                var clause = WithoutTrailingAttribution(text, news ? WithoutLeadingAttribution(text, span) : span);
                var nameFragment = previous is { } before && ClauseSplitter.ContinuesName(before.Of(text), clause.Of(text));
                previous = span;
                var channels = claims.Count > 0 && claims[^1].Sentence == i && claims[^1].Debris && Boilerplate.ContinuesCourtesy(claims[^1].Text, clause.Of(text));
                var tagged = Tag(text, i, sentences[i], clause, debris || nameFragment || channels || Boilerplate.IsDebrisClause(clause.Of(text), allowAttribution: news)
                    || (news && (NewsArticle.IsAttributionOnly(clause.Of(text)) || NewsArticle.IsReportersQuestion(clause.Of(text)) || PrincipalsVoice.IsAideOnly(clause.Of(text)))));
                // A welcome of the guest's present visit is a courtesy; "...와 회담을 갖고, ...": a clause that only reports
                // the meeting is setting even when its sentence goes on to a point.
                var clauseSetting = EngagementLogistics.WelcomesVisit(clause.Of(text)) || EngagementLogistics.Is(clause.Of(text));
                if (otherVoice) tagged = tagged with { OtherVoice = true };
                tagged = WithAntecedentsTopics(tagged, claims.LastOrDefault(c => !c.Debris));
                // "이 대통령은 이 문제는 ... 기존 입장에는 변함이 없다고 답했습니다": an answer about "this issue" is about what was asked.
                if (((questionsBegan && answering && !asking) || (answeringRegular && !askingRegular)) && !tagged.Debris && EngagementBriefing.ReferencesQuestion(tagged.Text))
                    tagged = tagged with { Topics = tagged.Topics.Union(asked).ToList() };
                claims.Add((setting || clauseSetting) && !tagged.Debris ? tagged with { Setting = true } : tagged);
            }
        }
        return new StatementAnalysis(Version, language, sentences.Count, Embed(claims));
    }

    /// <summary>"... exchanged views on the Iranian nuclear issue, agreeing that it should be resolved through
    /// diplomacy" and "... the erroneous remarks on Taiwan. Japan must retract these remarks": a clause that names no topic
    /// but points back at the clause before it (a pronoun later in the same sentence, "these remarks" in the next) is on
    /// that clause's topics.</summary>
    static Claim WithAntecedentsTopics(Claim claim, Claim? before)
    {
        if (claim.Debris || claim.Topics.Count > 0 || before is not { Topics.Count: > 0 }) return claim;
        var refers = (before.Sentence == claim.Sentence && char.IsLower(claim.Text[0]) && PointsBack().IsMatch(claim.Text))
            || (before.Sentence == claim.Sentence - 1 && NamesItsAntecedent().IsMatch(claim.Text));
        return refers ? claim with { Topics = before.Topics } : claim;
    }

    // "it" or "this": not "they" (the ministers, mostly) nor "these issues", whose consultations a framing would then read
    // as a stance on the topic before; a relative clause ("which ...") is a modifier of its own kind.
    [GeneratedRegex(@"^(?!(which|who|whose|where)\b).*\b(it|this)\b")]
    private static partial Regex PointsBack();

    // Words said ("retract these remarks"), not "these issues" or "these actions", which a framing would then read as a
    // stance on the topic before (an agreeing pair's "expressed concern over these actions").
    [GeneratedRegex(@"\b(these|those|such) (remarks|comments|statements)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesItsAntecedent();

    static string LineOf(string text, int at)
    {
        var start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var end = text.IndexOf('\n', at);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>"PEACE THROUGH STRENGTH ON THE KOREAN PENINSULA: The two leaders restated ...": a fact sheet's heading
    /// in capitals is the page's, not the claim's (its words would read as the claim's qualifiers).</summary>
    static TextSpan WithoutCapitalHeading(string text, TextSpan sentence)
    {
        var m = CapitalHeading().Match(sentence.Of(text));
        return m.Success && m.Length < sentence.Length ? new TextSpan(sentence.Start + m.Length, sentence.End) : sentence;
    }

    // "- the situation on the Korean Peninsula: the two ministers reaffirmed ...": a bulleted subject heading too.
    [GeneratedRegex(@"^([A-Z][A-Z0-9 ,'’&\-–]{7,}:\s+(?=[A-Z])|[-•·▪]\s*[^:.;]{3,60}:\s+(?=\p{L}))")]
    private static partial Regex CapitalHeading();

    /// <summary>"Sergey Lavrov: We also ...", "○ 강유정 대변인: 네, 거론됐습니다.": the claim is the answer, not the speaker's
    /// label of <paramref name="labelLength"/> characters (kept where nothing follows it).</summary>
    static TextSpan WithoutLabel(TextSpan sentence, int labelLength) =>
        labelLength == 0 || labelLength >= sentence.Length ? sentence : new TextSpan(sentence.Start + labelLength, sentence.End);

    /// <summary>"According to the MEA, the two ministers welcomed ...": the claim starts after the attribution.</summary>
    static TextSpan WithoutLeadingAttribution(string text, TextSpan span)
    {
        var skip = NewsArticle.LeadingAttributionLength(span.Of(text));
        return skip == 0 || span.Length - skip < 3 ? span : new TextSpan(span.Start + skip, span.End);
    }

    /// <summary>"... be fully respected, the ministry said": the claim is what was said, not who reported it.</summary>
    static TextSpan WithoutTrailingAttribution(string text, TextSpan span)
    {
        var at = NewsArticle.TrailingAttributionAt(span.Of(text)) is var cited and >= 0 ? cited : PrincipalsVoice.TrailingOfficeAt(span.Of(text));
        if (at <= 0) return span;
        var end = span.Start + at;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1])) end--;
        return end - span.Start >= 3 ? new TextSpan(span.Start, end) : span;
    }

    /// <summary>The content words of every substantive English claim, embedded in one batch.</summary>
    IReadOnlyList<Claim> Embed(List<Claim> claims)
    {
        var targets = new List<(int Index, string Content)>();
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            if (c.Debris || c.Setting || Language.Guess(c.Text) == "ko") continue;
            var words = ContentWords.Of(c.Text);
            if (words.Count == 0) continue;
            targets.Add((i, string.Join(' ', words)));
        }
        if (targets.Count == 0) return claims;
        var model = embedder ?? SentenceEmbedder.Shared;
        var vectors = model.Embed(targets.Select(t => t.Content).ToList());
        var prototypes = TopicPrototypes.For(taxonomy, model);
        // One pass over the topic examples for every claim; only the untagged keep theirs.
        var nearest = prototypes.NearestEach(vectors);
        for (var k = 0; k < targets.Count; k++)
        {
            var claim = claims[targets[k].Index] with { Embedding = QuantizedVector.Encode(vectors[k]) };
            // "spoke with German Chancellor Friedrich Merz": a claim whose only content is a country's name is near no topic;
            // nor is one common word ("exchanged views on international and regional issues of common concern"), though
            // one name may be ("working together with Pacific partners").
            var content = targets[k].Content.Split(' ');
            if (claim.Topics.Count == 0 && nearest[k] is { } near && (content.Length >= 2 || char.IsUpper(content[0][0]))
                && !content.All(Comparison.PartyNames.IsCountryWord))
                claim = claim with { NearTopic = near.Topic, NearTopicSimilarity = Math.Round(near.Similarity, 3) };
            claims[targets[k].Index] = claim;
        }
        return claims;
    }

    [GeneratedRegex(@"\b(its|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(its|their) (\w+ )?(military |nuclear |arms )?(cooperation|ties|programmes?|development|provocations|launches)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessivePronoun();

    Claim Tag(string text, int sentence, TextSpan sentenceSpan, TextSpan span, bool debris)
    {
        var sentenceStart = sentenceSpan.Start;
        var clause = span.Of(text);
        var topics = debris ? [] : taxonomy.Matching(clause).ToList();
        // A phrase whose lookarounds rule it out in the sentence around the clause does not name its topic there.
        var whole = sentenceSpan.Of(text);
        if (topics.Count > 0 && whole.Length > clause.Length)
            topics = topics.Where(t => !t.LooksAround || t.MatchesInSentence(whole, span.Start - sentenceStart, span.Length)).ToList();
        // "... and voiced concern at its military cooperation with Russia": the pronoun's antecedent earlier in the
        // sentence completes a topic whose wording ends in the clause.
        if (!debris && PossessivePronoun().IsMatch(clause) && span.Start > sentenceStart)
        {
            var upTo = text[sentenceStart..span.End];
            topics.AddRange(taxonomy.Topics.Where(t => !topics.Contains(t) && t.MatchesReaching(upTo, span.Length)));
        }
        // The leaders'-consensus formula is a formula, not a point: noise on both sides. Alone it is debris; beside other
        // topics ("follow through on the understandings reached by the two heads of state, and deepen cooperation in
        // trade, energy ...") the clause keeps those.
        if (topics is [{ Id: "leader-call" }] && ConsensusFormula.Is(clause)) (debris, topics) = (true, []);
        else if (topics.Count > 1 && topics.Any(t => t.Id == "leader-call") && ConsensusFormula.NamesNothing(clause))
            topics = topics.Where(t => t.Id != "leader-call").ToList();
        // "... and reaffirmed our commitment to its complete denuclearisation": a pronoun takes its antecedent from earlier
        // in the sentence, so a qualifier may start there, as long as its wording reaches into the clause.
        var upToClause = topics.Count > 0 && Pronoun().IsMatch(clause) ? text[sentenceStart..span.End] : null;
        var qualifiers = topics.SelectMany(t => (upToClause is null ? t.QualifiersIn(clause) : t.QualifiersReaching(upToClause, span.Length))
            .Select(q => $"{t.Id}:{q}")).Distinct().ToList();
        return new Claim(sentence, span.Start, span.End, clause, topics.Select(t => t.Id).ToList(), qualifiers, debris);
    }
}
