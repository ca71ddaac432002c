namespace Vigil.Reporting.Internal;

/// <summary>
/// CWE and OWASP ids as rules write them (<c>CWE-89</c>, <c>89</c>; <c>API1:2023</c>) turned into the forms outputs need.
/// </summary>
internal static class RuleReferences
{
    /// <summary><c>CWE-89</c> for any spelling; null when there is no number.</summary>
    public static string? Cwe(string? cwe)
    {
        var digits = Digits(cwe);
        return digits is null ? null : "CWE-" + digits;
    }

    /// <summary>The tag GitHub code scanning and CodeQL use to link a CWE: <c>external/cwe/cwe-89</c>.</summary>
    public static string? CweTag(string? cwe)
    {
        var digits = Digits(cwe);
        return digits is null ? null : "external/cwe/cwe-" + digits;
    }

    public static string? CweUrl(string? cwe)
    {
        var digits = Digits(cwe);
        return digits is null ? null : $"https://cwe.mitre.org/data/definitions/{digits}.html";
    }

    public static string? OwaspTag(string? owasp) =>
        string.IsNullOrWhiteSpace(owasp) ? null : "external/owasp/" + owasp.Trim().ToLowerInvariant();

    private static string? Digits(string? cwe)
    {
        if (string.IsNullOrWhiteSpace(cwe))
        {
            return null;
        }

        var digits = new string(cwe.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits.TrimStart('0') is { Length: > 0 } d ? d : "0";
    }
}
