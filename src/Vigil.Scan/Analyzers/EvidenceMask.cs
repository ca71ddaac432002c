using System.Text.RegularExpressions;

namespace Vigil.Scan.Analyzers;

/// <summary>
/// Evidence is a line of the user's source and ends up in SARIF uploads and CI logs: any <c>password=…</c>/<c>pwd=…</c>
/// in it is masked whatever the rule, so a SQL finding on a line with a connection string never repeats its password.
/// </summary>
internal static partial class EvidenceMask
{
    public static bool HasPassword(string text) => ConnectionPassword().IsMatch(text);

    public static string Apply(string text) => ConnectionPassword().Replace(text, m => m.Groups[1].Value + "****");

    [GeneratedRegex(@"((?:password|pwd)\s*=\s*)[^;""]{1,}", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPassword();
}
