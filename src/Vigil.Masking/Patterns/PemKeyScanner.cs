namespace Vigil.Masking.Patterns;

/// <summary>
/// PEM private keys (<c>-----BEGIN RSA PRIVATE KEY-----</c> and friends, including OpenSSH, encrypted and PGP
/// blocks, whose label reads "PRIVATE KEY") through the END line, or to the end of the text when the END line was cut off by truncation.
/// </summary>
internal static class PemKeyScanner
{
    private const string Begin = "-----BEGIN ";
    private const string Dashes = "-----";

    // Real labels are short ("ENCRYPTED PRIVATE KEY"); the bound keeps "-----BEGIN " repeated a million times linear.
    private const int MaxLabelLength = 64;

    public static void Scan(ReadOnlySpan<char> text, ref Redactions redactions)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOf(Begin, StringComparison.Ordinal);
            if (next < 0)
            {
                return;
            }

            var start = i + next;
            var labelStart = start + Begin.Length;
            var window = text[labelStart..Math.Min(text.Length, labelStart + MaxLabelLength + Dashes.Length)];
            var labelLength = window.IndexOf(Dashes, StringComparison.Ordinal);
            if (labelLength < 0)
            {
                // No closing dashes: not a PEM line, or a label cut off by truncation, before any key material.
                i = labelStart;
                continue;
            }

            var label = window[..labelLength];
            if (!IsPrivateKeyLabel(label))
            {
                i = labelStart + labelLength;
                continue;
            }

            var bodyStart = labelStart + labelLength + Dashes.Length;
            var end = FindEnd(text[bodyStart..]);
            if (end < 0)
            {
                redactions.Add(start, text.Length);
                return;
            }

            redactions.Add(start, bodyStart + end);
            i = bodyStart + end;
        }
    }

    private static bool IsPrivateKeyLabel(ReadOnlySpan<char> label) => label.Contains("PRIVATE KEY", StringComparison.Ordinal);

    /// <summary>
    /// Offset just past the first <c>-----END ...-----</c> line, or -1 when it was cut off. The END label is not
    /// compared with the BEGIN label: a mismatched pair is a mangled key, and masking through it still covers the body.
    /// </summary>
    private static int FindEnd(ReadOnlySpan<char> body)
    {
        var endLine = body.IndexOf("-----END ", StringComparison.Ordinal);
        if (endLine < 0)
        {
            return -1;
        }

        var afterEnd = endLine + "-----END ".Length;
        var closing = body[afterEnd..Math.Min(body.Length, afterEnd + MaxLabelLength + Dashes.Length)].IndexOf(Dashes, StringComparison.Ordinal);
        return closing < 0 ? -1 : afterEnd + closing + Dashes.Length;
    }
}
