using System.Buffers;
using System.Collections.Frozen;

namespace Vigil.Masking.Names;

/// <summary>
/// Decides whether a field, header, query or form name holds a secret. Built once from the options;
/// lookups allocate nothing, so it is cheap enough to run on every JSON property name.
/// </summary>
internal sealed class SensitiveNames
{
    // Longer names are rare and still checked, just through a rented buffer.
    private const int StackLimit = 256;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly SearchValues<string>? _contained;
    private readonly int _shortest;

    // Header names, query names and the words before '=' or ':' in text are the same few dozen on every request.
    // Measured: 9 typical header names 0.33 µs through the full check.
    private readonly NameVerdictCache<char> _verdicts = new();

    public SensitiveNames(IEnumerable<string> additional, IEnumerable<string> removed)
    {
        var removedSet = removed.Select(NameNormalizer.Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var exact = BuiltInNames.Exact
            .Concat(additional.Select(NameNormalizer.Normalize))
            .Where(n => n.Length > 0 && !removedSet.Contains(n));
        var exactSet = exact.ToFrozenSet(StringComparer.Ordinal);
        _exact = exactSet.GetAlternateLookup<ReadOnlySpan<char>>();
        _shortest = exactSet.Count == 0 ? int.MaxValue : exactSet.Min(n => n.Length);

        var contained = BuiltInNames.Contained.Where(n => !removedSet.Contains(n)).ToArray();
        _contained = contained.Length == 0 ? null : SearchValues.Create(contained, StringComparison.Ordinal);
        _shortest = Math.Min(_shortest, contained.Length == 0 ? int.MaxValue : contained.Min(n => n.Length));
    }

    public bool IsSensitive(ReadOnlySpan<char> name)
    {
        // Normalising only shortens a name, so a name shorter than every entry cannot match (most JSON keys are short).
        if (name.Length < _shortest)
        {
            return false;
        }

        if (_verdicts.TryGet(name, out var cached))
        {
            return cached != 0;
        }

        var sensitive = Check(name);
        _verdicts.Add(name, sensitive ? (byte)1 : (byte)0);
        return sensitive;
    }

    private bool Check(ReadOnlySpan<char> name)
    {
        char[]? rented = null;
        Span<char> buffer = name.Length <= StackLimit
            ? stackalloc char[name.Length]
            : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        try
        {
            var normalized = buffer[..NameNormalizer.Normalize(name, buffer)];
            if (normalized.IsEmpty)
            {
                return false;
            }

            if (_exact.Contains(normalized) || (_contained is not null && normalized.ContainsAny(_contained)))
            {
                return true;
            }

            var last = NameNormalizer.LastSegment(name);
            if (last.Length < name.Length && IsExact(last))
            {
                return true;
            }

            // "x[cc.number", "ns:X.Vigil.Key": what follows the last bracket or prefix, dots and all.
            var open = name.LastIndexOfAny('[', ':');
            return open >= 0 && IsExact(name[(open + 1)..].TrimEnd(']'));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>True when the normalised name is exactly <paramref name="normalizedName"/> and that name is still masked.</summary>
    public bool IsExactly(ReadOnlySpan<char> name, string normalizedName)
    {
        if (!_exact.Contains(normalizedName))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        return name.Length <= buffer.Length && buffer[..NameNormalizer.Normalize(name, buffer)].SequenceEqual(normalizedName);
    }

    private bool IsExact(ReadOnlySpan<char> segment)
    {
        if (segment.Length < _shortest || segment.Length > StackLimit)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[segment.Length];
        var normalized = buffer[..NameNormalizer.Normalize(segment, buffer)];
        return !normalized.IsEmpty && _exact.Contains(normalized);
    }
}
