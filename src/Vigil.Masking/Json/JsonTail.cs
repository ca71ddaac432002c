using System.Text;
using Vigil.Masking.Text;

namespace Vigil.Masking.Json;

/// <summary>
/// What the JSON walk could not parse: the rest of a body cut by the capture limit, or everything after a syntax
/// error. Inside a sensitive value it is all masked; otherwise it gets text masking.
/// </summary>
internal static class JsonTail
{
    public static void Mask(ReadOnlySpan<byte> utf8, in JsonWalkState state, TextMasker text, ref JsonEdits edits)
    {
        var parsed = (int)state.Parsed;
        if (state.SensitiveDepth >= 0)
        {
            edits.Add(state.SensitiveStart, utf8.Length, JsonEdits.QuotedRedacted);
            return;
        }

        var tail = utf8[parsed..];
        if (state.PendingSensitive)
        {
            // The value of a sensitive name was cut off (or is not valid JSON): none of the rest can be trusted.
            var valueStart = tail.IndexOfAnyExcept(" \t\r\n:"u8);
            if (valueStart >= 0)
            {
                edits.Add(parsed + valueStart, utf8.Length, JsonEdits.QuotedRedacted);
            }

            return;
        }

        if (tail.IsEmpty || tail.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return;
        }

        // The last parsed token is context for the tail: in ["a", "password": "x"] the name parsed as an array item.
        var context = utf8[(int)state.LastTokenStart..];
        var masked = text.MaskFrom(Encoding.UTF8.GetString(context), Encoding.UTF8.GetCharCount(context[..(parsed - (int)state.LastTokenStart)]));
        if (masked is not null)
        {
            edits.Add(parsed, utf8.Length, masked);
        }
    }
}
