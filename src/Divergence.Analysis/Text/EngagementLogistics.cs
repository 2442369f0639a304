using System.Text.RegularExpressions;

namespace Divergence.Analysis.Text;

/// <summary>
/// The sentence that reports the engagement itself ("held a summit with ... in Gyeongju, on the occasion of
/// APEC"): who met whom, where and when. Its "summit" or "APEC" is the setting, not a point either side made,
/// so it is never compared, unless it also carries a point (agreed, discussed, stressed ...).
/// </summary>
public static partial class EngagementLogistics
{
    public static bool Is(string sentence) => Meeting().IsMatch(sentence) && !Point().IsMatch(sentence);

    [GeneratedRegex(@"\b(held|holds|had|co-chaired) (a |an |the |their |his |her )?([\w.\-']+ ){0,4}(summit|meeting|talks|call|conversation|dialogue)s?( meeting)? with\b|\bmet (with )?[A-Z]|정상회담을 (가졌|개최)|회담을 (가졌|개최)|통화를 (가졌|갖고)", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(agreed|discussed|reaffirmed|confirmed|stressed|underscored|urged|called|raised|emphasi[sz]ed|noted|explained|requested|asked|pledged|committed|expressed|reviewed|exchanged|concurred|welcomed the|announced)\b|하기로|강조|재확인|요청|논의|의견을 교환", RegexOptions.IgnoreCase)]
    private static partial Regex Point();
}
