using System.CommandLine;
using Vigil.Detection.Reputation;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>--asn-db FILE</c>: an offline address → AS number table in the iptoasn.com TSV format (see docs/behaviour.md),
/// for the key-misuse detectors to count networks, not only addresses. Every bad line is reported before anything starts.
/// </summary>
internal static class AsnDbOption
{
    /// <summary>The public combined IPv4+IPv6 table is ~30 MB; far more is not an ASN table.</summary>
    private const long MaxFileBytes = 128L * 1024 * 1024;

    public static Option<FileInfo?> Create() => new("--asn-db")
    {
        Description = "ASN table (iptoasn TSV: range_start range_end AS_number country description) for key misuse by network",
    };

    /// <summary>The table (empty when no file was given), or null after printing every problem to stderr.</summary>
    public static AsnDatabase? Load(FileInfo? file)
    {
        if (file is null)
        {
            return AsnDatabase.Empty;
        }

        var errors = new List<string>();
        IReadOnlyList<AsnRange> ranges = [];
        if (!file.Exists)
        {
            errors.Add($"{file.FullName}: no such file");
        }
        else if (file.Length > MaxFileBytes)
        {
            errors.Add($"{file.FullName}: {file.Length:N0} bytes is over the {MaxFileBytes / (1024 * 1024)} MiB an ASN table may have");
        }
        else
        {
            try
            {
                using var reader = file.OpenText();
                (ranges, var bad) = AsnParser.Parse(file.Name, reader);
                errors.AddRange(bad.Select(e => e.ToString()));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{file.FullName}: cannot be read ({e.Message})");
            }
        }

        if (errors.Count == 0)
        {
            return AsnDatabase.From(ranges);
        }

        foreach (var error in errors)
        {
            Console.Error.WriteLine($"error: {error}");
        }

        Console.Error.WriteLine("Fix the ASN table above: each line is 'range_start range_end AS_number [country description]'.");
        return null;
    }
}
