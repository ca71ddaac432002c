using Vigil.Core.Findings;
using Vigil.Masking;

namespace Vigil.Collector.Ingest;

/// <summary>
/// Masks every text a finding carries before it is stored, fed to the dashboard or sent to a channel: any of it may
/// quote the request. Rules run before the event is masked (masking would hide the attack), so a finding can quote a
/// value that sat under a sensitive name — <c>password</c>, <c>X-Api-Key</c>, <c>api_key</c> — where the value has
/// no telltale shape for text masking to catch; such evidence is replaced whole.
/// </summary>
internal static class FindingMasking
{
    /// <param name="masks">Shared by the findings of one batch, so a text they repeat is masked once.</param>
    public static Finding Mask(FindingTextMasks masks, Finding f) => f with
    {
        Endpoint = f.Endpoint is null ? null : masks.Text(f.Endpoint),
        Location = f.Location is null ? null : masks.Text(f.Location),
        Message = f.Message is null ? null : masks.Text(f.Message),
        Evidence = f.Evidence is null ? null
            : NameAt(f.Location) is { } name && masks.IsSensitiveName(name) ? Masker.Redacted
            : masks.Text(f.Evidence),
    };

    /// <summary>
    /// The field a request-rule location names: <c>body/user/password</c> → <c>password</c> (a JSON pointer),
    /// <c>header.X-Api-Key</c>, <c>query.api_key</c>, <c>form.pin</c>, <c>cookie.sid</c> → the part after the dot.
    /// </summary>
    internal static string? NameAt(string? location)
    {
        if (string.IsNullOrEmpty(location))
        {
            return null;
        }

        if (location.StartsWith("body/", StringComparison.Ordinal))
        {
            var last = location[(location.LastIndexOf('/') + 1)..];
            return last.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        }

        var dot = location.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && location.AsSpan(0, dot) is "header" or "query" or "form" or "cookie" ? location[(dot + 1)..] : null;
    }
}
