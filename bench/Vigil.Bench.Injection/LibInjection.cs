using System.Runtime.InteropServices;
using System.Text;

namespace Vigil.Bench.Injection;

/// <summary>
/// libinjection as shipped inside Debian's libmodsecurity3, called through function pointers on the same
/// UTF-8 bytes Vigil sees. Exports used: <c>int libinjection_sqli(const char*, size_t, char fingerprint[8])</c>
/// and <c>int libinjection_xss(const char*, size_t)</c> (confirmed with <c>nm -D</c>).
/// </summary>
internal sealed unsafe class LibInjection
{
    private readonly delegate* unmanaged<byte*, nuint, byte*, int> _sqli;
    private readonly delegate* unmanaged<byte*, nuint, int> _xss;

    private LibInjection(nint sqli, nint xss)
    {
        _sqli = (delegate* unmanaged<byte*, nuint, byte*, int>)sqli;
        _xss = (delegate* unmanaged<byte*, nuint, int>)xss;
    }

    public static LibInjection? TryLoad()
    {
        foreach (string name in new[] { "libmodsecurity.so.3", "/usr/lib/x86_64-linux-gnu/libmodsecurity.so.3", "libinjection.so" })
        {
            if (NativeLibrary.TryLoad(name, out nint handle) &&
                NativeLibrary.TryGetExport(handle, "libinjection_sqli", out nint sqli) &&
                NativeLibrary.TryGetExport(handle, "libinjection_xss", out nint xss))
            {
                return new LibInjection(sqli, xss);
            }
        }

        return null;
    }

    public bool IsSqli(string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        byte* fingerprint = stackalloc byte[8];
        fixed (byte* p = bytes)
        {
            return _sqli(p, (nuint)bytes.Length, fingerprint) != 0;
        }
    }

    public bool IsXss(string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        fixed (byte* p = bytes)
        {
            return _xss(p, (nuint)bytes.Length) != 0;
        }
    }
}
