namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// The original value followed by each distinct decoded form, in pipeline order. A value type with inline
/// slots so that the common case (nothing to decode) allocates nothing.
/// </summary>
public readonly struct DecodedVariants
{
    private readonly string? _v1;
    private readonly string? _v2;
    private readonly string? _v3;
    private readonly string? _v4;
    private readonly string? _v5;

    internal DecodedVariants(string original, string? v1, string? v2, string? v3, string? v4, string? v5, int count)
    {
        Original = original;
        _v1 = v1;
        _v2 = v2;
        _v3 = v3;
        _v4 = v4;
        _v5 = v5;
        Count = count;
    }

    public string Original { get; }

    /// <summary>1 + the number of distinct decoded forms.</summary>
    public int Count { get; }

    public string this[int index] => index switch
    {
        0 when Count > 0 => Original,
        1 when Count > 1 => _v1!,
        2 when Count > 2 => _v2!,
        3 when Count > 3 => _v3!,
        4 when Count > 4 => _v4!,
        5 when Count > 5 => _v5!,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Allocation-free <c>foreach</c>.</summary>
    public struct Enumerator
    {
        private readonly DecodedVariants _variants;
        private int _index;

        internal Enumerator(DecodedVariants variants)
        {
            _variants = variants;
            _index = -1;
        }

        public readonly string Current => _variants[_index];

        public bool MoveNext() => ++_index < _variants.Count;
    }
}
