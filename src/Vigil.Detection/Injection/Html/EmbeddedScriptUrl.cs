namespace Vigil.Detection.Injection.Html;

/// <summary>
/// A script URL as a parameter inside a larger value: <c>?goto=javascript:alert(1)</c>, <c>url(javascript:…)</c>,
/// <c>getURL("javascript:…")</c>. Bounded (a few occurrences, a short body each) so a value made of
/// <c>=javascript:</c> repeated stays linear.
/// </summary>
internal static class EmbeddedScriptUrl
{
    public static bool Contains(ReadOnlySpan<char> value)
    {
        const int MaxOccurrences = 8;
        const int MaxBody = 1024;
        int from = 0;
        for (int seen = 0; seen < MaxOccurrences && from < value.Length; seen++)
        {
            int hit = value[from..].IndexOf("script:", StringComparison.OrdinalIgnoreCase);
            if (hit < 0)
            {
                return false;
            }

            int colon = from + hit;
            int start = colon;
            while (start > 0 && char.IsAsciiLetter(value[start - 1]))
            {
                start--;
            }

            // The parameter ends at the next '&' (unless the script itself uses "&&") or at trailing quotes.
            ReadOnlySpan<char> link = value[start..Math.Min(value.Length, colon + MaxBody)].TrimEnd("\"', \t");
            int amp = link.IndexOf('&');
            ReadOnlySpan<char> parameter = amp > 0 && (amp + 1 >= link.Length || link[amp + 1] != '&') ? link[..amp] : link;
            if (start > 0 && "=\"'(,:? \t".Contains(value[start - 1]) &&
                (ScriptUrl.IsDangerousLink(link) || ScriptUrl.IsDangerousLink(parameter.TrimEnd("\"', \t")) ||
                 ScriptUrl.IsDangerousLink(Enclosed(link, value[start - 1]))))
            {
                return true;
            }

            from = colon + 1;
        }

        return false;
    }

    // The link as its opener delimits it: getURL("javascript:alert(1)") ends at the quote, (javascript:…) at ')'.
    private static ReadOnlySpan<char> Enclosed(ReadOnlySpan<char> link, char opener)
    {
        if (opener is '"' or '\'')
        {
            int close = link.IndexOf(opener);
            return close < 0 ? link : link[..close];
        }

        link = link.TrimEnd("\"', \t");
        return opener == '(' && link.EndsWith(')') ? link[..^1] : link;
    }
}
