using System.Text.Json;
using Vigil.Masking.Names;

namespace Vigil.Masking.Json;

/// <summary>
/// Whether a property name (or a name-like string value) is sensitive, and its role in a name/value pair, from its
/// raw UTF-8 bytes: JSON bodies repeat the same names on every request (and in every item of an array), so the
/// verdict is cached and the name is neither decoded nor normalised again.
/// </summary>
internal sealed class JsonNameVerdicts(SensitiveNames names)
{
    private const byte SensitiveBit = 1;

    private readonly NameVerdictCache<byte> _cache = new();

    public (bool Sensitive, NameValuePairs.Role Role) Of(ref Utf8JsonReader reader)
    {
        // An escaped name has more than one spelling; it is rare, so it just skips the cache.
        var cacheable = !reader.ValueIsEscaped && reader.ValueSpan.Length <= NameVerdictCache<byte>.MaxNameLength;
        if (cacheable && _cache.TryGet(reader.ValueSpan, out var cached))
        {
            return ((cached & SensitiveBit) != 0, (NameValuePairs.Role)(cached >> 1));
        }

        var verdict = JsonTokenText.With(ref reader, names, static (name, n) => (n.IsSensitive(name), NameValuePairs.RoleOf(name)));
        if (cacheable)
        {
            _cache.Add(reader.ValueSpan, (byte)((verdict.Item1 ? SensitiveBit : 0) | ((int)verdict.Item2 << 1)));
        }

        return verdict;
    }
}
