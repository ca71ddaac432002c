using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Vigil.Bench.Masking;

/// <summary>What the masker cannot beat without changing approach: the two passes every JSON body costs at least.</summary>
internal static class Floors
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, AllowMultipleValues = true };

    // The value-pattern anchors of Vigil.Masking (ValuePatterns), the cheapest "could anything be here" question.
    private static readonly SearchValues<string> Anchors = SearchValues.Create(
        ["eyJ", "-----BEGIN ", "://", "bearer", "basic", "ghp_", "sk_live_", "xoxb-", "AKIA", "AIza", "sk-", "npm_", "SG.", "hf_"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> Separators = SearchValues.Create("=:<");

    /// <summary>UTF-16 → UTF-8 into a pooled buffer, then every token through <see cref="Utf8JsonReader"/>.</summary>
    public static int TranscodeAndRead(string body)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(body, rented);
            var reader = new Utf8JsonReader(rented.AsSpan(0, length), isFinalBlock: false, new JsonReaderState(ReaderOptions));
            var tokens = 0;
            while (reader.Read())
            {
                tokens++;
            }

            return tokens;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static int Transcode(string body)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        var length = Encoding.UTF8.GetBytes(body, rented);
        ArrayPool<byte>.Shared.Return(rented);
        return length;
    }

    /// <summary>One vectorised pass over the whole body looking for any of a dozen case-insensitive anchors.</summary>
    public static int IndexOfAnyAnchor(string body) => body.AsSpan().IndexOfAny(Anchors);

    /// <summary>One vectorised pass for a set of chars; the body's colons make this stop early, so it walks them all.</summary>
    public static int CountSeparators(string body)
    {
        var span = body.AsSpan();
        var count = 0;
        int next;
        while ((next = span.IndexOfAny(Separators)) >= 0)
        {
            count++;
            span = span[(next + 1)..];
        }

        return count;
    }
}
