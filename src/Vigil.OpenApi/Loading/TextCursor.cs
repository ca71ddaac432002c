namespace Vigil.OpenApi.Loading;

/// <summary>
/// Turns increasing UTF-8 byte offsets into 1-based line and column (in characters), moving forward only, so a
/// minified single-line document costs one pass rather than a scan from the line start per token.
/// </summary>
internal struct TextCursor()
{
    private int _offset;
    private int _line = 1;
    private int _column = 1;

    public (int Line, int Column) Advance(ReadOnlySpan<byte> bytes, int offset)
    {
        for (var i = _offset; i < offset; i++)
        {
            var b = bytes[i];
            if (b == (byte)'\n')
            {
                _line++;
                _column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // Continuation bytes do not start a character.
                _column++;
            }
        }

        _offset = Math.Max(_offset, offset);
        return (_line, _column);
    }
}
