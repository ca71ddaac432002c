namespace Vigil.Masking.Json;

/// <summary>
/// Objects that name their content in a sibling, as HAR files, tag lists and credential APIs do:
/// <c>{"name": "password", "value": "hunter2"}</c> or <c>{"type": "password", "value": "x"}</c>. When the
/// name-like sibling holds a sensitive name, the value-like sibling is masked, whichever of the two comes first.
/// </summary>
internal struct NameValuePairs
{
    private List<Frame>? _frames;

    public enum Role
    {
        None,
        Name,
        Value,
    }

    public static Role RoleOf(ReadOnlySpan<char> property) => property switch
    {
        _ when Is(property, "name") || Is(property, "key") || Is(property, "field") || Is(property, "type")
            || Is(property, "param") || Is(property, "parameter") || Is(property, "header") || Is(property, "attribute") => Role.Name,
        _ when Is(property, "value") || Is(property, "val") || Is(property, "values") => Role.Value,
        _ => Role.None,
    };

    /// <summary>True when a value-like property at <paramref name="depth"/> belongs to a pair already named sensitive.</summary>
    public readonly bool IsSensitiveValue(Role role, int depth) => role == Role.Value && Find(depth) is { Sensitive: true };

    /// <summary>The name-like sibling turned out sensitive: mask a value-like sibling seen before it.</summary>
    public void MarkSensitive(int depth, ref JsonEdits edits)
    {
        var frame = Ensure(depth);
        frame.Sensitive = true;
        if (frame.ValueEnd > 0)
        {
            edits.Replace(frame.ValueStart, frame.ValueEnd, JsonEdits.QuotedRedacted);
        }
    }

    /// <summary>Remembers where a scalar value-like sibling is, in case its name comes later.</summary>
    public void RecordValue(int depth, long start, long end)
    {
        var frame = Ensure(depth);
        frame.ValueStart = start;
        frame.ValueEnd = end;
    }

    /// <summary>An object whose properties were at <paramref name="depth"/> has closed.</summary>
    public readonly void Close(int depth)
    {
        while (_frames is { Count: > 0 } frames && frames[^1].Depth >= depth)
        {
            frames.RemoveAt(frames.Count - 1);
        }
    }

    private static bool Is(ReadOnlySpan<char> property, string name) => property.Equals(name, StringComparison.OrdinalIgnoreCase);

    private readonly Frame? Find(int depth) => _frames is { Count: > 0 } frames && frames[^1].Depth == depth ? frames[^1] : null;

    private Frame Ensure(int depth)
    {
        if (Find(depth) is { } frame)
        {
            return frame;
        }

        frame = new Frame { Depth = depth };
        (_frames ??= []).Add(frame);
        return frame;
    }

    private sealed class Frame
    {
        public int Depth;
        public bool Sensitive;
        public long ValueStart;
        public long ValueEnd;
    }
}
