using System.Buffers;

namespace Vigil.Detection.Rules.DataExposure.Pii;

/// <summary>
/// Finds personal values in one text: hand-written, linear scanners (no regex, no backtracking) that accept a
/// candidate only when its shape, its boundaries and, where one exists, its check digit agree. The field name,
/// when there is one, decides the kinds that have no shape of their own (national phone numbers, passports, birth dates).
/// </summary>
internal static class PiiScanner
{
    private const int MaxRun = 40;

    // Addresses of a role, not a person: support@, noreply@… in a help text are not personal data.
    private static readonly HashSet<string> RoleMailboxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "support", "help", "helpdesk", "info", "contact", "noreply", "no-reply", "donotreply", "admin", "sales", "security",
        "privacy", "hello", "team", "billing", "abuse", "postmaster", "webmaster", "dpo", "legal", "press", "careers", "jobs",
    };

    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase) { "png", "jpg", "jpeg", "gif", "svg", "webp", "js", "css" };

    private static readonly SearchValues<char> PanHolderTypes = SearchValues.Create("PCHFATBLJG");

    /// <param name="key">The normalised field name (<see cref="FieldNames.Normalize"/>), empty for plain text.</param>
    public static void Scan(string key, string value, List<(PiiKind Kind, string Value)> hits)
    {
        if (value.Length < 4)
        {
            return;
        }

        if (key.Length > 0 && ByFieldName(key, value, hits))
        {
            return;
        }

        if (value.Contains('@', StringComparison.Ordinal))
        {
            Emails(value, hits);
        }

        if (value.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            var phoneField = key.Length > 0 && FieldNames.IsPhone(key);
            Numbers(value, phoneField, hits);
            UpperCodes(value, hits);
        }
    }

    private static bool ByFieldName(string key, string value, List<(PiiKind, string)> hits)
    {
        if (FieldNames.IsDateOfBirth(key))
        {
            if (value.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                hits.Add((PiiKind.DateOfBirth, value));
            }

            return true;
        }

        if (FieldNames.IsPassport(key))
        {
            var v = value.AsSpan().Trim();
            if (v.Length is >= 6 and <= 12 && !v.ContainsAnyExcept(Alnum) && v.IndexOfAnyInRange('0', '9') >= 0)
            {
                hits.Add((PiiKind.Passport, value));
            }

            return true;
        }

        return false;
    }

    private static readonly SearchValues<char> Letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> Alnum = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    private static readonly SearchValues<char> EmailLocal = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-");
    private static readonly SearchValues<char> EmailDomain = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-");

    private static void Emails(string text, List<(PiiKind, string)> hits)
    {
        var at = -1;
        while ((at = text.IndexOf('@', at + 1)) >= 0)
        {
            var start = at;
            while (start > 0 && at - start < 64 && EmailLocal.Contains(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && end - at < 255 && EmailDomain.Contains(text[end]))
            {
                end++;
            }

            var local = text.AsSpan(start, at - start).Trim('.');
            var domain = text.AsSpan(at + 1, end - at - 1).TrimEnd('.').TrimEnd('-');
            var dot = domain.LastIndexOf('.');
            if (local.Length == 0 || dot <= 0 || (start > 0 && text[start - 1] == '*'))
            {
                continue;
            }

            var tld = domain[(dot + 1)..];
            if (tld.Length < 2 || tld.ContainsAnyExcept(Letters) || IsFileExtension(tld) || IsRole(local))
            {
                continue;
            }

            hits.Add((PiiKind.Email, text.Substring(start, at - start + 1 + domain.Length).ToLowerInvariant()));
        }
    }

    private static bool IsFileExtension(ReadOnlySpan<char> tld) => FileExtensions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld);

    private static bool IsRole(ReadOnlySpan<char> local) => RoleMailboxes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(local);

    // A run is digits joined by single spaces, dashes or parentheses, with an optional leading '+', bounded on both
    // sides by something that is not a letter, digit, '.', '_' or '*' (so UUID parts, versions and masked "****1111" are not runs).
    private static void Numbers(string text, bool phoneField, List<(PiiKind, string)> hits)
    {
        var i = 0;
        Span<char> digits = stackalloc char[MaxRun];
        while (i < text.Length)
        {
            var ch = text[i];
            if (!(char.IsAsciiDigit(ch) || ((ch is '+' or '(') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))) || (i > 0 && IsGlue(text, i - 1)))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i;
            var n = 0;
            var plain = true;
            while (end < text.Length && end - start < MaxRun)
            {
                var c = text[end];
                if (char.IsAsciiDigit(c))
                {
                    if (n == MaxRun)
                    {
                        break;
                    }

                    digits[n++] = c;
                }
                else if (c is ' ' or '-' or '(' or ')' || (c == '+' && end == start))
                {
                    plain = false;
                }
                else
                {
                    break;
                }

                end++;
            }

            var last = end;
            while (last > start && !char.IsAsciiDigit(text[last - 1]))
            {
                last--;
            }

            i = Math.Max(end, start + 1);
            if (last < text.Length && IsGlue(text, last) && last == end)
            {
                continue;
            }

            var run = text.AsSpan(start, last - start);
            plain = run.Length == n;
            var kind = Classify(run, digits[..n], plain, phoneField);
            if (kind is { } k)
            {
                hits.Add((k, new string(digits[..n])));
            }
        }
    }

    // A '.' or ':' glues only between digits (1234.56, v1.2.3, 12:30); at the end of a sentence it does not.
    private static bool IsGlue(string text, int at)
    {
        var c = text[at];
        if (c is '.' or ':')
        {
            return (at > 0 && char.IsAsciiDigit(text[at - 1])) && (at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]));
        }

        return char.IsAsciiLetterOrDigit(c) || c is '_' or '*' or '/';
    }

    private static PiiKind? Classify(ReadOnlySpan<char> run, ReadOnlySpan<char> digits, bool plain, bool phoneField)
    {
        var n = digits.Length;
        if (phoneField)
        {
            return n is >= 7 and <= 15 ? PiiKind.Phone : null;
        }

        if (run[0] == '+')
        {
            return n is >= 8 and <= 15 && digits[0] != '0' ? PiiKind.Phone : null;
        }

        if (n == 9 && IsSsnShape(run) && ValidSsn(digits))
        {
            return PiiKind.UsSsn;
        }

        if (n == 10 && run.Length == 14 && run[0] == '(' && run[4] == ')' && run[5] == ' ' && run[9] == '-')
        {
            return PiiKind.Phone;
        }

        if (n == 12 && digits[0] >= '2' && (plain || IsGrouped444(run)) && Checksums.Verhoeff(digits))
        {
            return PiiKind.Aadhaar;
        }

        if (n is >= 13 and <= 19 && !run.Contains('(') && IsCardPrefix(digits) && Checksums.Luhn(digits))
        {
            return PiiKind.PaymentCard;
        }

        return null;
    }

    private static bool IsSsnShape(ReadOnlySpan<char> run) => run.Length == 11 && run[3] == '-' && run[6] == '-';

    private static bool ValidSsn(ReadOnlySpan<char> d)
    {
        var area = ((d[0] - '0') * 100) + ((d[1] - '0') * 10) + (d[2] - '0');
        return area is not (0 or 666) && area < 900 && !d.Slice(3, 2).SequenceEqual("00") && !d.Slice(5, 4).SequenceEqual("0000");
    }

    private static bool IsGrouped444(ReadOnlySpan<char> run) =>
        run.Length == 14 && run[4] is ' ' or '-' && run[9] == run[4];

    // Issuer prefixes and lengths (ISO/IEC 7812): Visa, Mastercard, Amex, Diners, JCB, Discover/RuPay/Maestro.
    private static bool IsCardPrefix(ReadOnlySpan<char> d)
    {
        var n = d.Length;
        var two = ((d[0] - '0') * 10) + (d[1] - '0');
        var four = (two * 100) + ((d[2] - '0') * 10) + (d[3] - '0');
        return d[0] switch
        {
            '4' => n is 13 or 16 or 19,
            '5' => two is >= 50 and <= 55 ? n == 16 || two == 50 : n is >= 16 and <= 19,
            '2' => four is >= 2221 and <= 2720 && n == 16,
            '3' => two is 34 or 37 ? n == 15 : two is 36 or 38 or 30 ? n is 14 or 16 : two == 35 && n is >= 16 and <= 19,
            '6' => n is >= 16 and <= 19,
            _ => false,
        };
    }

    // IBAN (CC + 2 check digits + up to 30 alphanumerics, optionally in groups of four) and Indian PAN (AAAAA9999A).
    private static void UpperCodes(string text, List<(PiiKind, string)> hits)
    {
        Span<char> buffer = stackalloc char[34];
        for (var i = 0; i + 10 <= text.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(text[i]) || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            if (IsPan(text.AsSpan(i)))
            {
                hits.Add((PiiKind.IndianPan, text.Substring(i, 10)));
                i += 9;
                continue;
            }

            if (char.IsAsciiLetterUpper(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && ReadIban(text.AsSpan(i), buffer, out var length) && Checksums.Iban(buffer[..length]))
            {
                hits.Add((PiiKind.Iban, new string(buffer[..length])));
                i += length - 1;
            }
        }
    }

    private static bool IsPan(ReadOnlySpan<char> s) =>
        s.Length >= 10
        && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]) && char.IsAsciiLetterUpper(s[2]) && PanHolderTypes.Contains(s[3])
        && char.IsAsciiLetterUpper(s[4]) && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[6]) && char.IsAsciiDigit(s[7]) && char.IsAsciiDigit(s[8])
        && char.IsAsciiLetterUpper(s[9]) && (s.Length == 10 || !char.IsAsciiLetterOrDigit(s[10]));

    private static bool ReadIban(ReadOnlySpan<char> s, Span<char> buffer, out int length)
    {
        length = 0;
        var group = 0;
        var i = 0;
        for (; i < s.Length && length < buffer.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            {
                buffer[length++] = c;
                group++;
            }
            else if (c == ' ' && group == 4 && i + 1 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1]))
            {
                group = 0;
            }
            else
            {
                break;
            }
        }

        return length >= 15 && (i == s.Length || !char.IsAsciiLetterOrDigit(s[i]));
    }
}
