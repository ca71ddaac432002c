using System.Globalization;
using System.Text;

namespace Vigil.Detection.Inputs;

/// <summary>
/// The path of segments to the current token of a <see cref="JsonWalker"/> walk, kept as offsets into the walked
/// UTF-8 bytes and decoded into strings only when a visitor reads it. Most leaves of a response are skipped by
/// the visitor's filter, so most names are never turned into strings (on the ingest bench's events this was most
/// of what a response walk allocated).
/// </summary>
internal sealed class JsonPathTrail(byte[] utf8)
{
    // Array indexes below this are shared strings: "0", "1"… appear in almost every path.
    private static readonly string[] SmallIndexes = [.. Enumerable.Range(0, 256).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    private readonly List<Segment> _segments = [];
    private readonly List<string> _decoded = [];

    // _decoded[i] is current for every i below this; segments past it changed since it was last decoded.
    private int _valid;

    public int Count => _segments.Count;

    /// <summary>Sets the segment of depth <paramref name="depth"/> to a property name, by its place in the bytes.</summary>
    public void SetName(int depth, int start, int length) => SetLast(depth, new Segment(start, length, null));

    /// <summary>Sets the segment of depth <paramref name="depth"/> to an already decoded text (an escaped name).</summary>
    public void SetName(int depth, string name) => SetLast(depth, new Segment(0, 0, name));

    /// <summary>Sets the segment of depth <paramref name="depth"/> to an array index.</summary>
    public void SetIndex(int depth, int index) =>
        SetLast(depth, new Segment(0, 0, index < SmallIndexes.Length ? SmallIndexes[index] : index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Keeps the first <paramref name="depth"/> segments.</summary>
    public void Trim(int depth)
    {
        if (_segments.Count > depth)
        {
            _segments.RemoveRange(depth, _segments.Count - depth);
            _valid = Math.Min(_valid, depth);
        }
    }

    /// <summary>The segments as strings; the list is reused, so it is valid only until the walk moves on.</summary>
    public List<string> Decoded()
    {
        if (_decoded.Count > _segments.Count)
        {
            _decoded.RemoveRange(_segments.Count, _decoded.Count - _segments.Count);
        }

        for (var i = _valid; i < _segments.Count; i++)
        {
            var segment = _segments[i];
            var text = segment.Text ?? Encoding.UTF8.GetString(utf8, segment.Start, segment.Length);
            if (i < _decoded.Count)
            {
                _decoded[i] = text;
            }
            else
            {
                _decoded.Add(text);
            }
        }

        _valid = _segments.Count;
        return _decoded;
    }

    // A token at depth d is named by the d-th segment: keep d-1 segments, then add its own.
    private void SetLast(int depth, Segment segment)
    {
        Trim(depth - 1);
        _segments.Add(segment);
    }

    private readonly record struct Segment(int Start, int Length, string? Text);
}
