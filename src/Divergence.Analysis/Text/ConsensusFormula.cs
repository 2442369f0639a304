using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// "The two sides should implement the important common understandings reached by the two heads of state": a formula
/// some foreign ministries put in nearly every readout, pointing back at the leaders' consensus without saying what it
/// is (named or not: "the consensus reached by President Xi Jinping and President Lee"; "the practical implementation of the
/// agreements reached at the highest level", "the follow-up to the decisions taken at the last Annual Summit"). Left out by the other side it is not news: two independent corpus writers left it unlabelled all five times
/// they met it, the tuning set's writer labelled it twice. A claim that names what was agreed ("the consensus on
/// fentanyl reached in Busan") carries another topic and stays.
/// </summary>
public static partial class ConsensusFormula
{
    public static bool Is(string clause) => English().IsMatch(clause) || WhatTheLeadersAgreed().IsMatch(clause) || Korean().IsMatch(clause);

    /// <summary>The formula that says nothing of what was agreed: not "the consensus reached by the two presidents on
    /// fentanyl and tariffs", which names it.</summary>
    public static bool NamesNothing(string clause) =>
        Is(clause) && !(English().Match(clause) is { Success: true } m && WhatFollows().IsMatch(clause[(m.Index + m.Length)..]));

    [GeneratedRegex(@"^\s*(on|about|regarding|concerning|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatFollows();

    // "follow through on what the two heads of state agreed", "under the strategic guidance of the two heads of state".
    [GeneratedRegex(@"\b(implement(ing)?|follow(ing)? through on|carry(ing)? out|deliver(ing)? on|act(ing)? on)\s+what\s+the\s+((two|our|their)\s+)?(leaders|heads of state|presidents)\s+(have\s+)?agreed\b|\bunder the (strategic )?guidance of the ((two|our|their)\s+)?(leaders|heads of state|presidents)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatTheLeadersAgreed();

    // "putting into practice the understandings reached by the two Presidents" too.
    [GeneratedRegex(@"\b(implement(ing|ation)?|follow(ing)?|follow-up|carry(ing)? out|act(ing)? on|honou?r(ing)?|deliver(ing)? on|translat(e|ing)|put(ting)? into practice|in line with|in accordance with|based on|guided by|guidance of)\b[^.;]{0,40}\b((decisions|outcomes)\s+((reached|taken|made)\s+)?at\s+the\s+(last|latest|previous|most recent|recent)\s+([\w'’-]+\s+){0,3}summit|(consensus|(common )?understandings?|agreements?)\s+((that were\s+)?(reached|taken|made)\s+)?(by|between|of|at)\s+(the\s+)?(((two|our|their)\s+)?(leaders|heads of state|presidents|highest level)|(President|Premier|Prime Minister|Chancellor|Chairman|General Secretary)\s+[A-Z][\w-]+(\s[A-Z][\w-]+)?\s+and\s+(President|Premier|Prime Minister|Chancellor|Chairman)\s+[A-Z][\w-]+))\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"정상\s*(들\s*)?(간|사이)?\s*(의\s*)?(합의|공동\s*인식|공감대)(\s*사항)?[^.]{0,30}이행")]
    private static partial Regex Korean();
}
