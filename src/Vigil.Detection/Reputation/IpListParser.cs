using System.Net;

namespace Vigil.Detection.Reputation;

/// <summary>One problem in a list file, with its place, so every bad line is reported at start-up at once.</summary>
public sealed record IpListError(string List, int Line, string Message)
{
    public override string ToString() => $"{List}:{Line}: {Message}";
}

/// <summary>
/// Reads the documented list format: one address or CIDR network per line, optionally followed by a category
/// (whitespace or comma separated); <c>#</c> starts a comment. Lines without a category take the list's default.
/// </summary>
public static class IpListParser
{
    /// <summary>Lines longer than this are not addresses; refusing them keeps a hostile file from costing memory.</summary>
    public const int MaxLineChars = 512;

    public const int MaxErrors = 100;

    public static (IReadOnlyList<IpReputationEntry> Entries, IReadOnlyList<IpListError> Errors) Parse(string listName, TextReader reader, string defaultCategory)
    {
        var entries = new List<IpReputationEntry>();
        var errors = new List<IpListError>();
        var number = 0;
        var buffer = new System.Text.StringBuilder(64);
        while (ReadBoundedLine(reader, buffer, out var tooLong))
        {
            number++;
            if (tooLong)
            {
                AddError(errors, new(listName, number, $"line is longer than {MaxLineChars} characters; expected an address or CIDR network"));
                continue;
            }

            var line = StripComment(buffer.ToString()).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split([' ', '\t', ','], 3, StringSplitOptions.RemoveEmptyEntries);
            if (!TryParseNetwork(parts[0], out var network))
            {
                AddError(errors, new(listName, number, $"'{Shorten(parts[0])}' is not an IP address or CIDR network (e.g. 203.0.113.7 or 198.51.100.0/24)"));
                continue;
            }

            var category = parts.Length > 1 ? parts[1].ToLowerInvariant() : defaultCategory;
            entries.Add(new IpReputationEntry(network, category, listName, number));
        }

        return (entries, errors);
    }

    private static bool TryParseNetwork(string text, out IPNetwork network)
    {
        if (text.Contains('/', StringComparison.Ordinal))
        {
            // IPNetwork refuses host bits below the prefix ("10.0.0.1/8"); lists in the wild have them, so mask first.
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (IPAddress.TryParse(text.AsSpan(0, slash), out var address)
                && int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefix)
                && prefix >= 0 && prefix <= (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128))
            {
                network = new IPNetwork(IpBits.Mask(address, prefix), prefix);
                return true;
            }

            network = default;
            return false;
        }

        if (IPAddress.TryParse(text, out var single))
        {
            network = new IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        network = default;
        return false;
    }

    /// <summary>
    /// One line, keeping at most <see cref="MaxLineChars"/> characters: TextReader.ReadLine would buffer a file with no
    /// newline (or /dev/zero) whole before any length check could run.
    /// </summary>
    internal static bool ReadBoundedLine(TextReader reader, System.Text.StringBuilder line, out bool tooLong)
    {
        line.Clear();
        tooLong = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n')
            {
                return true;
            }

            if (c == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }

                return true;
            }

            if (line.Length < MaxLineChars)
            {
                line.Append((char)c);
            }
            else
            {
                tooLong = true;
            }
        }

        return any;
    }

    internal static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    internal static void AddError(List<IpListError> errors, IpListError error)
    {
        if (errors.Count < MaxErrors)
        {
            errors.Add(error);
        }
    }
}
