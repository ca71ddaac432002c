using System.Text;
using Vigil.Masking.Names;
using Vigil.Masking.Text;

namespace Vigil.Masking.Bodies;

/// <summary>
/// <c>multipart/form-data</c>: a part named like a secret (<c>name="password"</c>) has its content masked whole;
/// other parts are masked by their own Content-Type, like a body. Part headers, the preamble and the epilogue get
/// text masking. A part cut off by truncation is treated like a complete one that ends at the end of the text.
/// </summary>
internal sealed class MultipartMasker(SensitiveNames names, TextMasker text)
{
    public string Mask(string body, string boundary, Func<string, string?, string> maskPart)
    {
        var delimiter = "--" + boundary;
        var builder = new StringBuilder(body.Length);
        var blankLines = new BlankLineFinder(body);
        var pos = body.IndexOf(delimiter, StringComparison.Ordinal);
        AppendText(builder, body, 0, pos < 0 ? body.Length : pos);
        while (pos >= 0)
        {
            var afterDelimiter = pos + delimiter.Length;
            builder.Append(delimiter);
            if (body.AsSpan(afterDelimiter).StartsWith("--"))
            {
                AppendText(builder, body, afterDelimiter, body.Length);
                break;
            }

            var (headersEnd, contentStart) = blankLines.Next(afterDelimiter);
            if (headersEnd < 0)
            {
                AppendText(builder, body, afterDelimiter, body.Length);
                break;
            }

            AppendText(builder, body, afterDelimiter, contentStart);
            var next = body.IndexOf(delimiter, contentStart, StringComparison.Ordinal);
            var contentEnd = next < 0 ? body.Length : TrimLineBreak(body, contentStart, next);
            var headers = body.AsSpan(afterDelimiter, headersEnd - afterDelimiter);
            var content = body[contentStart..contentEnd];
            if (content.Length > 0)
            {
                builder.Append(IsSensitivePart(headers) ? Masker.Redacted : maskPart(content, HeaderValue(headers, "Content-Type")));
            }

            builder.Append(body, contentEnd, (next < 0 ? body.Length : next) - contentEnd);
            pos = next;
        }

        return builder.ToString();
    }

    private void AppendText(StringBuilder builder, string body, int start, int end)
    {
        var segment = body.AsSpan(start, end - start);
        builder.Append(text.Mask(segment) ?? (object)segment.ToString());
    }

    private bool IsSensitivePart(ReadOnlySpan<char> headers)
    {
        var disposition = HeaderValue(headers, "Content-Disposition");
        if (disposition is null)
        {
            return false;
        }

        foreach (var range in disposition.AsSpan().Split(';'))
        {
            var parameter = disposition.AsSpan()[range].Trim();
            if (parameter.StartsWith("name=", StringComparison.OrdinalIgnoreCase))
            {
                return names.IsSensitive(parameter["name=".Length..].Trim().Trim('"'));
            }
        }

        return false;
    }

    private static string? HeaderValue(ReadOnlySpan<char> headers, string name)
    {
        foreach (var range in headers.Split('\n'))
        {
            var line = headers[range].TrimEnd('\r');
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim().ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the blank line ending each part's headers: CRLF per RFC 7578, bare LF from sloppy clients. Remembers
    /// what it found (or that there is none) so a body with thousands of parts is still scanned once.
    /// </summary>
    private struct BlankLineFinder(string body)
    {
        private const int Unknown = -2;
        private int _crlf = Unknown;
        private int _lf = Unknown;

        public (int HeadersEnd, int ContentStart) Next(int start)
        {
            if (_crlf != -1 && _crlf < start)
            {
                _crlf = body.IndexOf("\r\n\r\n", start, StringComparison.Ordinal);
            }

            if (_lf != -1 && _lf < start)
            {
                _lf = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            }

            if (_crlf >= 0 && (_lf < 0 || _crlf <= _lf))
            {
                return (_crlf, _crlf + 4);
            }

            return _lf >= 0 ? (_lf, _lf + 2) : (-1, -1);
        }
    }

    private static int TrimLineBreak(string body, int contentStart, int delimiter)
    {
        var end = delimiter;
        if (end > contentStart && body[end - 1] == '\n')
        {
            end--;
            if (end > contentStart && body[end - 1] == '\r')
            {
                end--;
            }
        }

        return end;
    }
}
