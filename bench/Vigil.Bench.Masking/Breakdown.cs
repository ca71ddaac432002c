using System.Text;
using System.Text.Json;
using Vigil.Masking.Names;
using Vigil.Masking.Patterns;
using Vigil.Masking.Text;

namespace Vigil.Bench.Masking;

/// <summary>
/// Where one <c>MaskBody</c> call on the typical order goes: each step the JSON walk runs per property name or per
/// string value, timed over all the names and values of that body, so the rows add up to (roughly) one call.
/// </summary>
internal static class Breakdown
{
    public static (string Name, Action Op)[] Cases(string body)
    {
        var (names, values) = Split(body);
        var sensitive = new SensitiveNames([], []);
        var text = new TextMasker(sensitive, valuePatterns: true);
        var utf8 = Encoding.UTF8.GetBytes(body);
        var jsonNoPatterns = new Vigil.Masking.Json.JsonBodyMasker(sensitive, text, valuePatterns: false);
        return
        [
            ($"  body: ValuePatterns.MayMatch = {ValuePatterns.MayMatch(body)}", () => ValuePatterns.MayMatch(body)),
            ("  body: CardCandidates.MayContain", () => CardCandidates.MayContain(body)),
            ("  body: JSON walk without value patterns", () => jsonNoPatterns.Mask(body)),
            ($"  {names.Length} names: SensitiveNames.IsSensitive", () => Each(names, n => sensitive.IsSensitive(n))),
            ("  9 header names: IsSensitive", () =>
            {
                foreach (var (name, _) in Samples.AllHeaders)
                {
                    sensitive.IsSensitive(name);
                }
            }),
            ("  9 header values: TextMasker.Mask", () =>
            {
                foreach (var (_, value) in Samples.AllHeaders)
                {
                    text.Mask(value);
                }
            }),
            ("  9 header values: ValuePatterns.MayMatch", () =>
            {
                foreach (var (_, value) in Samples.AllHeaders)
                {
                    ValuePatterns.MayMatch(value);
                }
            }),
            ("  9 header values: CardCandidates", () =>
            {
                foreach (var (_, value) in Samples.AllHeaders)
                {
                    CardCandidates.MayContain(value);
                }
            }),
            ("  9 header values: KeyValueScanner", () =>
            {
                foreach (var (_, value) in Samples.AllHeaders)
                {
                    var r = default(Redactions);
                    KeyValueScanner.Scan(value, sensitive, ref r);
                }
            }),
            ("  8 long values: IsSensitive", () => Each(LongValues, v => sensitive.IsSensitive(v))),
            ("  8 long values: NameNormalizer", () => Each(LongValues, v =>
            {
                Span<char> buffer = stackalloc char[64];
                NameNormalizer.Normalize(v, buffer);
            })),
            ($"  {values.Length} strings: TextMasker.Mask", () => Each(values, v => text.Mask(v))),
            ($"  {values.Length} strings: KeyValueScanner", () => Each(values, v =>
            {
                var r = default(Redactions);
                KeyValueScanner.Scan(v, sensitive, ref r);
            })),
            ($"  {values.Length} strings: ValuePatterns", () => Each(values, v =>
            {
                var r = default(Redactions);
                ValuePatterns.Scan(v, ref r);
            })),
            ($"  {values.Length} strings: CardNumberScanner", () => Each(values, v =>
            {
                var r = default(Redactions);
                CardNumberScanner.Scan(v, ref r);
            })),
            ($"  {names.Length + values.Length} tokens: UTF-8 → chars", () =>
            {
                Span<char> buffer = stackalloc char[256];
                var reader = new Utf8JsonReader(utf8);
                while (reader.Read())
                {
                    if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String)
                    {
                        Encoding.UTF8.GetChars(reader.ValueSpan, buffer);
                    }
                }
            }),
        ];
    }

    private static readonly string[] LongValues = [.. Enumerable.Range(1, 8).Select(i => $"Stainless travel mug, 350 ml, variant {i}")];

    private static void Each(string[] items, Action<string> op)
    {
        foreach (var item in items)
        {
            op(item);
        }
    }

    private static (string[] Names, string[] Values) Split(string body)
    {
        var names = new List<string>();
        var values = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(body));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                names.Add(reader.GetString()!);
            }
            else if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length >= 5)
            {
                values.Add(reader.GetString()!);
            }
        }

        return ([.. names], [.. values]);
    }
}
