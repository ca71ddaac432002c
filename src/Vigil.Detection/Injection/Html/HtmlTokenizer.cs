namespace Vigil.Detection.Injection.Html;

/// <summary>A start tag's name, and where its attributes begin.</summary>
internal readonly record struct HtmlTag(int NameStart, int NameLength, int AttributesStart);

/// <summary>One attribute: name and (unquoted, still entity-encoded) value as positions in the input.</summary>
internal readonly record struct HtmlAttribute(int NameStart, int NameLength, int ValueStart, int ValueLength, bool HasValue);

/// <summary>
/// The parts of the HTML5 tokenizer that decide what becomes markup: the data state, tag open, tag name,
/// the attribute states, comments and bogus comments, and raw-text elements whose content is not markup.
/// It works on positions in the input span and never allocates.
/// </summary>
internal ref struct HtmlTokenizer
{
    private readonly ReadOnlySpan<char> _s;
    private int _pos;

    public HtmlTokenizer(ReadOnlySpan<char> input, int start = 0)
    {
        _s = input;
        _pos = start;
    }

    public readonly int Position => _pos;

    /// <summary>After the attributes: the tag was closed by <c>&gt;</c> (rather than running to the end of the value).</summary>
    public bool TagClosed { get; private set; }

    /// <summary>After <see cref="RawText"/>: the element's end tag was found.</summary>
    public bool RawTextClosed { get; private set; }

    public readonly ReadOnlySpan<char> Slice(int start, int length) => _s.Slice(start, length);

    /// <summary>Moves to the next start tag in the data state, skipping text, end tags and comments.</summary>
    public bool NextStartTag(out HtmlTag tag)
    {
        tag = default;
        while (_pos < _s.Length)
        {
            int lt = _s[_pos..].IndexOf('<');
            if (lt < 0)
            {
                _pos = _s.Length;
                return false;
            }

            _pos += lt + 1;
            if (_pos >= _s.Length)
            {
                return false;
            }

            char c = _s[_pos];

            // "<?import …>" and "<?xml-stylesheet …?>" are read as tags named "?import" so their pseudo-attributes
            // are judged; HTML5 makes them bogus comments, but IE and XML parsers act on them.
            if (char.IsAsciiLetter(c) || (c == '?' && _pos + 1 < _s.Length && char.IsAsciiLetter(_s[_pos + 1])))
            {
                int nameStart = _pos++;

                // A '<' ends the name too: Gecko read <script<{alert(1)}/> as a script element.
                while (_pos < _s.Length && !IsSpace(_s[_pos]) && _s[_pos] is not ('/' or '>' or '<'))
                {
                    _pos++;
                }

                tag = new HtmlTag(nameStart, _pos - nameStart, _pos);
                TagClosed = false;
                return true;
            }

            if (c == '!' && _s[_pos..].StartsWith("!--[if", StringComparison.OrdinalIgnoreCase))
            {
                // IE conditional comments: their content was markup to IE, so it is read as markup here.
                SkipPast(']');
                SkipPast('>');
            }
            else if (c == '!' && _s[_pos..].StartsWith("!--", StringComparison.Ordinal))
            {
                SkipComment();
            }
            else if (c is '!' or '?' || (c == '/' && _pos + 1 < _s.Length && !char.IsAsciiLetter(_s[_pos + 1])))
            {
                SkipPast('>');
            }
        }

        return false;
    }

    /// <summary>The next attribute of the current tag; false once the tag ends (or the input does).</summary>
    public bool NextAttribute(out HtmlAttribute attribute)
    {
        attribute = default;
        while (_pos < _s.Length && (IsSpace(_s[_pos]) || _s[_pos] == '/'))
        {
            _pos++;
        }

        if (_pos >= _s.Length)
        {
            return false;
        }

        if (_s[_pos] == '>')
        {
            _pos++;
            TagClosed = true;
            return false;
        }

        // A leading '=' belongs to the name; afterwards the name runs to whitespace, '/', '>' or '='.
        int nameStart = _pos++;
        while (_pos < _s.Length && !IsSpace(_s[_pos]) && _s[_pos] is not ('/' or '>' or '='))
        {
            _pos++;
        }

        int nameLength = _pos - nameStart;
        int save = _pos;
        SkipSpaces();
        if (_pos >= _s.Length || _s[_pos] != '=')
        {
            _pos = save;
            attribute = new HtmlAttribute(nameStart, nameLength, _pos, 0, false);
            return true;
        }

        _pos++;
        SkipSpaces();
        if (_pos >= _s.Length || _s[_pos] == '>')
        {
            attribute = new HtmlAttribute(nameStart, nameLength, _pos, 0, true);
            return true;
        }

        char quote = _s[_pos];

        // Backticks quoted attribute values in IE; payload lists still rely on it (src=`x`onerror=…).
        if (quote is '"' or '\'' or '`')
        {
            int valueStart = ++_pos;
            int close = _s[_pos..].IndexOf(quote);
            int length = close < 0 ? _s.Length - valueStart : close;
            _pos = close < 0 ? _s.Length : valueStart + close + 1;
            attribute = new HtmlAttribute(nameStart, nameLength, valueStart, length, true);
            return true;
        }

        int start = _pos;
        while (_pos < _s.Length && !IsSpace(_s[_pos]) && _s[_pos] != '>')
        {
            _pos++;
        }

        attribute = new HtmlAttribute(nameStart, nameLength, start, _pos - start, true);
        return true;
    }

    /// <summary>Skips the remaining attributes of the current tag.</summary>
    public void FinishTag()
    {
        while (NextAttribute(out _))
        {
        }
    }

    /// <summary>
    /// For raw-text elements (script, style, textarea, …): the content up to the matching end tag, which is
    /// consumed. Markup inside is text, so the caller judges the content itself.
    /// </summary>
    public ReadOnlySpan<char> RawText(ReadOnlySpan<char> elementName)
    {
        int start = _pos;
        while (_pos < _s.Length)
        {
            int lt = _s[_pos..].IndexOf("</", StringComparison.Ordinal);
            if (lt < 0)
            {
                break;
            }

            int nameAt = _pos + lt + 2;
            int after = nameAt + elementName.Length;
            if (after <= _s.Length && _s.Slice(nameAt, elementName.Length).Equals(elementName, StringComparison.OrdinalIgnoreCase) &&
                (after == _s.Length || IsSpace(_s[after]) || _s[after] is '/' or '>'))
            {
                ReadOnlySpan<char> content = _s[start..(_pos + lt)];
                _pos = after;
                SkipPast('>');
                RawTextClosed = true;
                return content;
            }

            _pos += lt + 2;
        }

        _pos = _s.Length;
        RawTextClosed = false;
        return _s[start..];
    }

    // HTML5 separates attributes with tab, LF, FF, CR and space only; IE and old Gecko also took the other
    // C0 controls (<img src=x\x0Bonerror=…>). Reading them as spaces only ever splits what a payload glued.
    public static bool IsSpace(char c) => c is <= ' ' and not '\0';

    private void SkipSpaces()
    {
        while (_pos < _s.Length && IsSpace(_s[_pos]))
        {
            _pos++;
        }
    }

    private void SkipComment()
    {
        int close = _s[_pos..].IndexOf("-->", StringComparison.Ordinal);
        int bang = _s[_pos..].IndexOf("--!>", StringComparison.Ordinal);
        if (close < 0 && bang < 0)
        {
            _pos = _s.Length;
            return;
        }

        _pos += close < 0 || (bang >= 0 && bang < close) ? bang + 4 : close + 3;
    }

    private void SkipPast(char c)
    {
        int at = _s[_pos..].IndexOf(c);
        _pos = at < 0 ? _s.Length : _pos + at + 1;
    }
}
