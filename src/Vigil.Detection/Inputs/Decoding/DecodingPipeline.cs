namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// Runs the decoders in the order a request is usually unwrapped (URL, a second URL layer, unicode escapes,
/// HTML references) each on the previous result, plus base64 on the original, and returns the original with
/// every distinct decoded form. Detectors then judge each form, so a payload hidden under any single
/// encoding stack is seen in the clear while the raw value is still judged as sent.
/// Bounded: at most <see cref="MaxVariants"/> forms and <see cref="MaxDecodedChars"/> decoded characters in
/// total; every decoder is a single linear pass that never grows its input.
/// </summary>
public static class DecodingPipeline
{
    /// <summary>The original plus at most five decoded forms.</summary>
    public const int MaxVariants = 6;

    /// <summary>Decoding stops adding forms once this many decoded characters have been produced.</summary>
    public const int MaxDecodedChars = 1 << 20;

    public static DecodedVariants Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var collector = new Collector(value);
        string current = value;

        (string url, bool urlChanged) = UrlDecoder.Decode(current);
        if (urlChanged && collector.Add(url))
        {
            current = url;
            (string twice, bool twiceChanged) = DoubleUrlDecoder.Decode(current);
            if (twiceChanged && collector.Add(twice))
            {
                current = twice;
            }
        }

        (string unicode, bool unicodeChanged) = UnicodeEscapeDecoder.Decode(current);
        if (unicodeChanged && collector.Add(unicode))
        {
            current = unicode;
        }

        (string html, bool htmlChanged) = HtmlEntityDecoder.Decode(current);
        if (htmlChanged)
        {
            collector.Add(html);
        }

        (string base64, bool base64Changed) = Base64TextDecoder.Decode(value);
        if (base64Changed)
        {
            collector.Add(base64);
        }

        return collector.ToVariants();
    }

    private struct Collector(string original)
    {
        private string? _v1;
        private string? _v2;
        private string? _v3;
        private string? _v4;
        private string? _v5;
        private int _count = 1;
        private int _decodedChars;

        public bool Add(string candidate)
        {
            if (_count >= MaxVariants || _decodedChars + candidate.Length > MaxDecodedChars || Contains(candidate))
            {
                return false;
            }

            _decodedChars += candidate.Length;
            switch (_count++)
            {
                case 1: _v1 = candidate; break;
                case 2: _v2 = candidate; break;
                case 3: _v3 = candidate; break;
                case 4: _v4 = candidate; break;
                default: _v5 = candidate; break;
            }

            return true;
        }

        public readonly DecodedVariants ToVariants() => new(original, _v1, _v2, _v3, _v4, _v5, _count);

        private readonly bool Contains(string candidate) =>
            string.Equals(candidate, original, StringComparison.Ordinal) ||
            string.Equals(candidate, _v1, StringComparison.Ordinal) ||
            string.Equals(candidate, _v2, StringComparison.Ordinal) ||
            string.Equals(candidate, _v3, StringComparison.Ordinal) ||
            string.Equals(candidate, _v4, StringComparison.Ordinal);
    }
}
