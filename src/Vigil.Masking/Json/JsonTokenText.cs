using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Vigil.Masking.Json;

/// <summary>
/// Hands the current property name or string value to a span callback as unescaped chars, on the stack when
/// short, so checking every name and value of a document allocates nothing.
/// </summary>
internal static class JsonTokenText
{
    private const int StackLimit = 256;

    public delegate TResult SpanFunc<TState, TResult>(ReadOnlySpan<char> text, TState state);

    public static TResult With<TState, TResult>(ref Utf8JsonReader reader, TState state, SpanFunc<TState, TResult> func)
    {
        // Unescaping never makes a value longer, so the raw byte length is enough room.
        var raw = reader.ValueSpan;
        char[]? rented = null;
        Span<char> buffer = raw.Length <= StackLimit
            ? stackalloc char[raw.Length]
            : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var length = reader.ValueIsEscaped ? reader.CopyString(buffer) : Encoding.UTF8.GetChars(raw, buffer);
            return func(buffer[..length], state);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
