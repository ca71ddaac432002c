using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Rules.DataExposure.Pii;

namespace Vigil.Detection.Rules.DataExposure;

/// <summary>
/// Personal data a response hands out: e-mail, phone, card, IBAN, SSN, PAN, Aadhaar, passport, date of birth.
/// One finding per kind, located at the first field and counted, never quoting a value. Role mailboxes
/// (support@, noreply@…) are not personal and are ignored; values the collector masked ("****") no longer match.
/// </summary>
internal sealed class PersonalDataInResponseRule : IRequestRule
{
    private const int ManyValues = 10;
    private const int ManyKinds = 3;

    public RuleDescriptor Descriptor { get; } = new(
        "VG1402", "Personal data in the response", "DataExposure", ThreatLevel.Low, "CWE-359", Owasp.BrokenObjectPropertyLevelAuthorization,
        "Return only the fields the client needs (a response DTO per endpoint, not the entity), mask identifiers such as cards and national ids to their last digits, and check the caller may see each record.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        var body = context.Response.Body;
        if (string.IsNullOrEmpty(body) || !MightHold(body))
        {
            return;
        }

        var tally = new PiiTally();
        if (ResponseJson.LooksLikeJson(body))
        {
            ResponseJson.Walk(body, tally.Add, PiiTally.MightHoldUtf8);
        }
        else
        {
            tally.AddText(ResponseJson.Prefix(body));
        }

        if (tally.KindCount == 0)
        {
            return;
        }

        var threat = tally.DistinctValues >= ManyValues || tally.KindCount >= ManyKinds ? ThreatLevel.Medium : ThreatLevel.Low;
        foreach (var (kind, entry) in tally.Kinds)
        {
            var evidence = $"{kind.Name()}: {Count(entry.Values.Count, "value")} in {Count(entry.Fields.Count, "field")} (e.g. {entry.FirstLocation})";
            findings.Report(entry.FirstLocation, evidence, $"The response exposes {kind.Name()} data.", threat);
        }
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    // Every kind holds an '@' or a run of four digits (a year, a card group, a PAN's 9999, an IBAN group).
    private static bool MightHold(string body)
    {
        var text = body.AsSpan(0, Math.Min(body.Length, ResponseJson.MaxBodyChars));
        if (text.Contains('@'))
        {
            return true;
        }

        var run = 0;
        foreach (var ch in text)
        {
            run = char.IsAsciiDigit(ch) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }
}
