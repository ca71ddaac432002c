using System.Globalization;
using System.Net;

namespace Vigil.Detection.Reputation;

/// <summary>
/// Reads the public iptoasn.com TSV format, one range per line: <c>range_start range_end AS_number country description</c>
/// (tab or space separated; only the first three fields are used), IPv4 and IPv6. AS number 0 ("not routed") lines are
/// skipped. Every bad line is reported with its number, like the IP lists, so a broken file is fixed in one pass.
/// </summary>
public static class AsnParser
{
    /// <summary>The public table has ~500,000 ranges; a file far larger is not an ASN table.</summary>
    public const int MaxRanges = 2_000_000;

    public static (IReadOnlyList<AsnRange> Ranges, IReadOnlyList<IpListError> Errors) Parse(string fileName, TextReader reader)
    {
        var ranges = new List<AsnRange>();
        var errors = new List<IpListError>();
        var number = 0;
        var buffer = new System.Text.StringBuilder(128);
        while (IpListParser.ReadBoundedLine(reader, buffer, out var tooLong))
        {
            number++;
            var line = IpListParser.StripComment(buffer.ToString()).Trim();
            if (tooLong || line.Length == 0)
            {
                if (tooLong)
                {
                    IpListParser.AddError(errors, new(fileName, number, $"line is longer than {IpListParser.MaxLineChars} characters"));
                }

                continue;
            }

            if (ranges.Count >= MaxRanges)
            {
                IpListParser.AddError(errors, new(fileName, number, $"more than {MaxRanges:N0} ranges; is this an ASN table?"));
                break;
            }

            if (ParseLine(line, out var range) is { } problem)
            {
                IpListParser.AddError(errors, new(fileName, number, problem));
            }
            else if (range is { Asn: > 0 })
            {
                ranges.Add(range);
            }
        }

        return (ranges, errors);
    }

    private static string? ParseLine(string line, out AsnRange? range)
    {
        range = null;
        var parts = line.Split([' ', '\t'], 4, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            return "expected 'range_start range_end AS_number [country description]' (e.g. 1.0.0.0 1.0.0.255 13335 US CLOUDFLARENET)";
        }

        if (!IPAddress.TryParse(parts[0], out var start) || !IPAddress.TryParse(parts[1], out var end))
        {
            return $"'{IpListParser.Shorten(parts[0])}' or '{IpListParser.Shorten(parts[1])}' is not an IP address";
        }

        if (start.AddressFamily != end.AddressFamily)
        {
            return "range start and end are of different address families";
        }

        var asText = parts[2].StartsWith("AS", StringComparison.OrdinalIgnoreCase) ? parts[2][2..] : parts[2];
        if (!uint.TryParse(asText, NumberStyles.None, CultureInfo.InvariantCulture, out var asn))
        {
            return $"'{IpListParser.Shorten(parts[2])}' is not an AS number";
        }

        var (from, to) = (IpBits.ToBits(start), IpBits.ToBits(end));
        if (from > to)
        {
            return "range start is after its end";
        }

        range = new AsnRange(from, to, asn);
        return null;
    }
}
