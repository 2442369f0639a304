namespace Divergence.Analysis.Text;

/// <summary>
/// Function words and the stock phrasing every readout shares. Kept as a list (not learned) so a reader can see
/// why a claim was judged empty: a claim with nothing left after these is never an omission on its own.
/// </summary>
static class StockWords
{
    public static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        // function words
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into",
        "about", "over", "under", "between", "among", "across", "through", "throughout", "during", "after", "before",
        "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "it", "its", "they", "their",
        "them", "he", "his", "she", "her", "we", "our", "us", "be", "is", "are", "was", "were", "been", "being",
        "has", "have", "had", "do", "does", "did", "will", "would", "should", "could", "can", "may", "might", "shall",
        "also", "both", "each", "other", "all", "any", "such", "so", "than", "then", "there", "here", "well", "very",
        "more", "most", "further", "including", "include", "toward", "towards", "upon", "via", "while", "whether",
        "today", "yesterday", "tomorrow", "on", "per", "up", "out", "same", "own", "two", "one",
        // the participants and the act of meeting
        "secretary", "minister", "ministers", "president", "leaders", "leader", "foreign", "counterpart",
        "counterparts", "side", "sides", "delegation", "delegations", "spokesperson", "department", "ministry",
        "government", "governments", "administration", "official", "officials", "meeting", "meetings", "met", "meet",
        "talks", "held", "hold", "call", "called", "phone", "telephone", "spoke", "speak", "conversation", "visit",
        "welcomed", "welcome", "welcomes", "hosted", "host", "received", "counterparts",
        // stock verbs of readouts
        "discussed", "discuss", "discussion", "discussions", "reaffirmed", "reaffirm", "reiterated", "reiterate",
        "agreed", "agree", "agreement", "emphasized", "emphasised", "emphasize", "underscored", "underscore",
        "stressed", "stress", "noted", "note", "expressed", "express", "highlighted", "affirmed", "confirmed",
        "committed", "commitment", "commitments", "shared", "share", "exchanged", "views", "view", "opinions",
        "importance", "important", "need", "continue", "continued", "continuing", "work", "working", "together",
        "close", "closely", "further", "strengthen", "strengthening", "enhance", "enhancing", "deepen", "deepening",
        "advance", "advancing", "promote", "promoting", "maintain", "maintaining", "ensure", "support", "supported",
        // stock nouns of readouts
        "cooperation", "bilateral", "relationship", "relations", "partnership", "partners", "partner", "region",
        "regional", "issues", "issue", "global", "international", "matters", "ways", "areas", "range", "wide",
        "efforts", "mutual", "common", "interest", "interests", "countries", "country", "nations", "nation", "both",
        "alliance", "ally", "allies", "communication", "coordination", "coordinate", "various", "fields", "field",
        // the process of talking itself: keeping in touch is not a commitment anyone omits
        "contact", "contacts", "channel", "channels", "lines", "open", "engaged", "engage", "engagement", "remain",
        "stay", "keep", "regular", "regularly", "intensively", "vigorous", "teams", "team", "first", "in-person",
        "assumed", "assumption", "office", "took", "since", "pleased", "honorable", "courtesy", "congratulated",
        "thanked", "opportunity", "hope", "looked", "forward", "next", "steps", "step", "going", "way", "ways",
        "level", "high-level", "dialogue", "exchange", "exchanges", "consultation", "consultations",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "hours", "hour", "minutes", "local", "time", "morning", "afternoon", "evening", "tonight", "p.m", "a.m",
        "approximately", "about", "commencing", "later", "earlier", "week", "month", "year", "day",
        "concurred", "conveyed", "stated", "said", "told", "explained", "raised", "touched", "mentioned",
    };
}
