using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Vigil.Detection.Reputation;

/// <summary>Addresses as 128-bit numbers (IPv4 in the IPv4-mapped IPv6 space) so one table serves both families.</summary>
internal static class IpBits
{
    private static readonly UInt128 MappedPrefix = (UInt128)0xFFFF << 32;

    public static UInt128 ToBits(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            address.TryWriteBytes(bytes, out _);
            return MappedPrefix | BinaryPrimitives.ReadUInt32BigEndian(bytes);
        }

        address.TryWriteBytes(bytes, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    /// <summary>Prefix length in the 128-bit space: an IPv4 /24 is a /120 of the mapped range.</summary>
    public static int WidePrefix(IPNetwork network) =>
        network.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? network.PrefixLength + 96 : network.PrefixLength;

    public static UInt128 MaskBits(UInt128 bits, int widePrefix) =>
        widePrefix == 0 ? UInt128.Zero : bits & (UInt128.MaxValue << (128 - widePrefix));

    public static IPAddress Mask(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        return new IPAddress(bytes);
    }
}
