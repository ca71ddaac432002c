using System.Net;
using System.Text;
using Vigil.Masking.Names;
using Vigil.Masking.Text;

namespace Vigil.Masking.Forms;

/// <summary>
/// Query strings and <c>application/x-www-form-urlencoded</c> bodies. Names are decoded before matching;
/// a sensitive name's value, or any value whose decoded text holds a secret, becomes <c>****</c> as a whole
/// (a partly masked encoded value could still leak through its encoding). Everything else is kept byte for byte.
/// </summary>
internal sealed class FormMasker(SensitiveNames names, TextMasker text)
{
    /// <summary>The masked string, or null when nothing needed masking.</summary>
    public string? Mask(string encoded)
    {
        StringBuilder? builder = null;
        var written = 0;
        // The contract is "no leading ?", but a caller passing one must not turn "?pin=1" into a name "?pin".
        var pairStart = encoded.StartsWith('?') ? 1 : 0;
        while (pairStart <= encoded.Length)
        {
            var amp = encoded.IndexOf('&', pairStart);
            var pairEnd = amp < 0 ? encoded.Length : amp;
            var (maskStart, maskEnd) = SpanToMask(encoded.AsSpan(pairStart, pairEnd - pairStart));
            if (maskEnd > maskStart)
            {
                builder ??= new StringBuilder(encoded.Length);
                builder.Append(encoded, written, pairStart + maskStart - written).Append(Masker.Redacted);
                written = pairStart + maskEnd;
            }

            if (amp < 0)
            {
                break;
            }

            pairStart = amp + 1;
        }

        return builder?.Append(encoded, written, encoded.Length - written).ToString();
    }

    /// <summary>The part of one <c>name=value</c> pair to replace, relative to the pair; empty when it is clean.</summary>
    private (int Start, int End) SpanToMask(ReadOnlySpan<char> pair)
    {
        var equals = pair.IndexOf('=');
        if (equals < 0)
        {
            // A bare item ("?eyJhbGci...") has no name to go by, only its content.
            return text.HasSecret(Decode(pair)) ? (0, pair.Length) : default;
        }

        var name = Decode(pair[..equals]);
        if (text.HasSecret(name))
        {
            // Only a damaged body (JSON sent as a form, say) has a secret in a name; then nothing of the pair is kept.
            return (0, pair.Length);
        }

        var value = pair[(equals + 1)..];
        if (value.IsEmpty)
        {
            return default;
        }

        var decoded = Decode(value);
        if (names.IsSensitive(name) || text.HasSecret(decoded) || (!IsCleanName(name) && text.HasSecret(string.Concat(name, "=", decoded))))
        {
            return (equals + 1, pair.Length);
        }

        return default;
    }

    /// <summary>
    /// A name made only of name characters. Anything else is a damaged body (text or JSON sent as a form) whose
    /// "name" may end in the real one (<c>{"x": 1} pin</c>), so the pair is then also read as text.
    /// </summary>
    private static bool IsCleanName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!KeyValueScanner.IsNameChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Percent- and plus-decoding, twice when needed: clients double-encode nested redirect URLs.</summary>
    private static ReadOnlySpan<char> Decode(ReadOnlySpan<char> encoded)
    {
        if (!encoded.ContainsAny('%', '+'))
        {
            return encoded;
        }

        var once = WebUtility.UrlDecode(encoded.ToString());
        return once.Contains('%', StringComparison.Ordinal) ? WebUtility.UrlDecode(once) : once;
    }
}
