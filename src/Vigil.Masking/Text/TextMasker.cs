using Vigil.Masking.Names;
using Vigil.Masking.Patterns;

namespace Vigil.Masking.Text;

/// <summary>
/// Masking for free text (text bodies, error messages, header values, decoded query values, JSON strings):
/// values of sensitive names in key/value shapes, plus value patterns when enabled. Only the matching parts
/// are replaced, so the rest stays readable for detection.
/// </summary>
internal sealed class TextMasker(SensitiveNames names, bool valuePatterns, CustomValuePatterns? custom = null)
{
    /// <summary>True when a deployment's own patterns may match anywhere, which no anchor search can rule out.</summary>
    public bool HasCustomPatterns => custom is not null;

    /// <summary>The masked text, or null when there was nothing to mask (the common case, which allocates nothing).</summary>
    public string? Mask(ReadOnlySpan<char> text, bool includeAuthSchemes = true)
    {
        var redactions = default(Redactions);
        Collect(text, ref redactions, includeAuthSchemes);
        return redactions.Apply(text);
    }

    /// <summary>
    /// Masks <c>text[from..]</c>, reading <c>text[..from]</c> only as context (the name before a JSON tail's value).
    /// Null when nothing in range needed masking.
    /// </summary>
    public string? MaskFrom(ReadOnlySpan<char> text, int from)
    {
        var redactions = default(Redactions);
        Collect(text, ref redactions, includeAuthSchemes: true);
        return redactions.Apply(text, from);
    }

    /// <summary>True when anything in <paramref name="text"/> would be masked.</summary>
    public bool HasSecret(ReadOnlySpan<char> text)
    {
        var redactions = default(Redactions);
        Collect(text, ref redactions, includeAuthSchemes: true);
        return redactions.Any;
    }

    private void Collect(ReadOnlySpan<char> text, ref Redactions redactions, bool includeAuthSchemes)
    {
        KeyValueScanner.Scan(text, names, ref redactions);
        if (valuePatterns)
        {
            ValuePatterns.Scan(text, ref redactions, includeAuthSchemes);
        }

        custom?.Scan(text, ref redactions);
    }
}
