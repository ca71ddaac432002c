using System.Security.Cryptography;

namespace Vigil.Collector.Alerts;

/// <summary>
/// The installation's secret for credential fingerprints (<c>key:…</c> alert subjects): 32 random bytes in a file
/// beside the database, created once and readable only by its owner. Kept in a file rather than the database so a
/// copied or shared database export does not carry it.
/// </summary>
internal static class FingerprintSecretFile
{
    public const int Length = 32;

    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            return existing.Length == Length
                ? existing
                : throw new InvalidDataException($"{path}: the fingerprint secret must be {Length} bytes; delete the file to create a new one (key:… subjects will change).");
        }

        var secret = RandomNumberGenerator.GetBytes(Length);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, options);
            file.Write(secret);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            return LoadOrCreate(path); // another process created it first: use theirs
        }
    }
}
