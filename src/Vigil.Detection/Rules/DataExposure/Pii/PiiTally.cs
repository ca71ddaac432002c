namespace Vigil.Detection.Rules.DataExposure.Pii;

/// <summary>
/// What one response exposes, per kind: how many distinct values, in how many distinct fields, and where first.
/// Values are held only to count them; nothing here is ever written into a finding.
/// </summary>
internal sealed class PiiTally
{
    private readonly Dictionary<PiiKind, Entry> _kinds = [];
    private readonly List<(PiiKind Kind, string Value)> _scratch = [];
    private readonly Dictionary<string, string> _normalized = new(StringComparer.Ordinal);

    public IEnumerable<(PiiKind Kind, Entry Entry)> Kinds => _kinds.OrderBy(k => k.Key).Select(k => (k.Key, k.Value));

    public int KindCount => _kinds.Count;

    public int DistinctValues => _kinds.Values.Sum(e => e.Values.Count);

    public void Add(ResponseLeaf leaf)
    {
        if (!MightHold(leaf.Value))
        {
            return;
        }

        if (!_normalized.TryGetValue(leaf.Key, out var key))
        {
            key = FieldNames.Normalize(leaf.Key);
            _normalized[leaf.Key] = key;
        }

        _scratch.Clear();
        PiiScanner.Scan(key, leaf.Value, _scratch);
        string? pointer = null;
        foreach (var (kind, value) in _scratch)
        {
            pointer ??= leaf.Pointer();
            Record(kind, value, leaf.Key, pointer);
        }
    }

    public void AddText(string text)
    {
        _scratch.Clear();
        PiiScanner.Scan("", text, _scratch);
        foreach (var (kind, value) in _scratch)
        {
            Record(kind, value, "body", "response.body");
        }
    }

    /// <summary>Cheap gate: everything this rule finds holds an '@' or a digit.</summary>
    public static bool MightHold(string value) =>
        value.Length >= 4 && (value.Contains('@', StringComparison.Ordinal) || value.AsSpan().IndexOfAnyInRange('0', '9') >= 0);

    /// <summary>
    /// <see cref="MightHold"/> on a leaf's raw UTF-8 bytes, so a leaf it rejects is never decoded: an ASCII '@' or digit
    /// is the same byte in UTF-8, and a text never has more UTF-16 chars than UTF-8 bytes, so no leaf that
    /// <see cref="MightHold"/> accepts is rejected here.
    /// </summary>
    public static bool MightHoldUtf8(ReadOnlySpan<byte> utf8) =>
        utf8.Length >= 4 && (utf8.Contains((byte)'@') || utf8.IndexOfAnyInRange((byte)'0', (byte)'9') >= 0);

    private void Record(PiiKind kind, string value, string field, string pointer)
    {
        if (!_kinds.TryGetValue(kind, out var entry))
        {
            entry = new Entry(pointer);
            _kinds[kind] = entry;
        }

        entry.Values.Add(value);
        entry.Fields.Add(field);
    }

    internal sealed class Entry(string firstLocation)
    {
        public string FirstLocation { get; } = firstLocation;

        public HashSet<string> Values { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Fields { get; } = new(StringComparer.Ordinal);
    }
}
