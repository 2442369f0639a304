using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Divergence.Server.Alerts;

/// <summary>What a subscription request must look like, checked before anything is stored.</summary>
public static partial class SubscriptionValidation
{
    public static Dictionary<string, string[]> Errors(CreateSubscription c)
    {
        var errors = new Dictionary<string, string[]>();
        if (c.Name is { Length: > 200 }) errors["name"] = ["name is at most 200 characters."];
        if ((c.Webhook is null) == (c.Email is null)) errors["destination"] = ["give exactly one of webhook or email."];
        if (c.Webhook is { } w)
        {
            if (w.Format is not (null or "json" or "slack")) errors["webhook.format"] = ["format is json or slack."];
            if (w.Secret is { } s && (s.Length < 16 || s.Length > 200)) errors["webhook.secret"] = ["secret is 16 to 200 characters."];
        }
        if (c.Email is { } e)
        {
            if (string.IsNullOrWhiteSpace(e.To) || !MailAddress.TryCreate(e.To.Trim(), out _)) errors["email.to"] = ["to is an email address."];
            if (e.Mode is not (null or "each" or "digest")) errors["email.mode"] = ["mode is each or digest."];
        }
        if (c.Filter is not { } f) return errors;
        if (f.Issuers?.Any(i => !IssuerCode().IsMatch(i ?? "")) == true) errors["filter.issuers"] = ["issuers are codes such as US-DOS."];
        if (f.Topics?.Any(string.IsNullOrWhiteSpace) == true) errors["filter.topics"] = ["topics are taxonomy ids."];
        if (f.CountryPairs?.Any(p => !CountryPair().IsMatch(p ?? "")) == true)
            errors["filter.countryPairs"] = ["country pairs look like US-KR."];
        if (f.Kinds?.Any(k => !AlertFilter.AllKinds.Contains(k?.Trim().ToLowerInvariant())) == true)
            errors["filter.kinds"] = ["kinds are omission, framing, revision, withdrawal."];
        if (f.MinConfidence is < 0 or > 1 || f.MinConfidence is double.NaN) errors["filter.minConfidence"] = ["minConfidence is between 0 and 1."];
        return errors;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,20})*$")]
    private static partial Regex IssuerCode();

    [GeneratedRegex("^[A-Za-z]{2,3}-[A-Za-z]{2,3}$")]
    private static partial Regex CountryPair();
}
