using System.Security.Cryptography;
using System.Text;

namespace Vigil.Captures.Internal;

/// <summary>
/// An id for an exchange that has none, derived from the file's name and the entry's number, so rerunning
/// <c>vigil inspect</c> on the same file gives the same event ids (and the same report). A version-8 (custom) GUID.
/// </summary>
internal static class DeterministicId
{
    public static Guid For(string fileName, int number)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"vigil-capture\n{Path.GetFileName(fileName)}\n{number}"), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
