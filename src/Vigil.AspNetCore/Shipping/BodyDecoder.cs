using System.Buffers;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Turns captured body bytes into text in the charset the content type declares (UTF-8 when it declares none or
/// one this runtime lacks). Invalid bytes become U+FFFD rather than failing; a body cut at the cap may end in
/// the middle of a character, and that partial character is dropped rather than shown as garbage.
/// </summary>
internal static class BodyDecoder
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes, string? contentType, bool truncated)
    {
        var encoding = EncodingOf(contentType);
        if (!truncated)
        {
            return encoding.GetString(bytes);
        }

        // flush: false keeps an incomplete trailing character in the decoder instead of emitting U+FFFD for it.
        var decoder = encoding.GetDecoder();
        var count = decoder.GetCharCount(bytes, flush: false);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var written = decoder.GetChars(bytes, chars, flush: false);
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>True when the body's bytes are meant as UTF-8: no charset, or utf-8, or one this runtime lacks.</summary>
    public static bool IsUtf8(string? contentType) => ReferenceEquals(EncodingOf(contentType), Utf8);

    internal static Encoding EncodingOf(string? contentType)
    {
        // No "charset" anywhere means no charset parameter: UTF-8 without parsing (which allocates) twice per event.
        if (contentType is null || !contentType.Contains("charset", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8;
        }

        // An API answers with one or two content types ("application/json; charset=utf-8" on every response):
        // remember the last one parsed. The answer is a pure function of the string, so a race only re-parses.
        if (Volatile.Read(ref s_last) is { } last && string.Equals(last.ContentType, contentType, StringComparison.Ordinal))
        {
            return last.Encoding;
        }

        var encoding = Parse(contentType);
        Volatile.Write(ref s_last, new LastParsed(contentType, encoding));
        return encoding;
    }

    private static LastParsed? s_last;

    private static Encoding Parse(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.Charset.HasValue)
        {
            return Utf8;
        }

        var charset = media.Charset.Value!.Trim('"');
        if (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8;
        }

        try
        {
            return Encoding.GetEncoding(charset, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return Utf8;
        }
    }

    private sealed record LastParsed(string ContentType, Encoding Encoding);
}
