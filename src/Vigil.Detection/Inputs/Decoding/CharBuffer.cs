using System.Buffers;

namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// Scratch space for a decoder whose output is never longer than its input: values that fit stay on the
/// stack, longer ones rent from the shared pool, so decoding allocates only the final string.
/// </summary>
internal ref struct CharBuffer
{
    internal const int StackSize = 256;

    private char[]? _rented;

    public CharBuffer(Span<char> stackSpace, int capacity)
    {
        if (capacity <= stackSpace.Length)
        {
            Span = stackSpace;
            _rented = null;
        }
        else
        {
            _rented = ArrayPool<char>.Shared.Rent(capacity);
            Span = _rented;
        }
    }

    public Span<char> Span { get; }

    public readonly string ToString(int length) => new(Span[..length]);

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
