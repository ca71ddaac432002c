using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Findings;

namespace Vigil.Reporting.Internal;

/// <summary>
/// SARIF <c>partialFingerprints["vigil/v1"]</c>: GitHub code scanning matches alerts across runs by it, so it must not
/// change between runs (no event id, no timestamp, no evidence, which may vary) yet differ between places.
/// Bump the version in the key if the inputs ever change, or every alert is reopened.
/// </summary>
internal static class Fingerprint
{
    public const string Key = "vigil/v1";

    public static string Of(Finding f)
    {
        var file = f.Source?.File.Replace('\\', '/');
        var text = string.Join('\n', f.RuleId, file ?? "", f.Source?.Line ?? 0, f.Location ?? "", f.Endpoint ?? "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
