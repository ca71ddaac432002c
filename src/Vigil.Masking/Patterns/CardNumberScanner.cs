namespace Vigil.Masking.Patterns;

/// <summary>
/// Payment card numbers: 13 to 19 digits, contiguous or grouped the way cards are printed (a 4-digit first group,
/// then groups of 4-6, the last one possibly shorter) with one repeated separator (space, dash, or <c>+</c> for a
/// URL-encoded space), that pass Luhn.
/// A number glued to letters (<c>a716-4466...</c> in a UUID), to a decimal point (a float's fraction), to a
/// <c>+</c> (an E.164 phone number) or to more digits (an order id) is not a card.
/// </summary>
internal static class CardNumberScanner
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;
    // Printed cards group as 4-4-4-4, 4-6-5 (Amex), 4-6-4 (Diners) or 4-4-4-4-3. Requiring a 4-digit first group and
    // 4-6 digit middle groups keeps lists of numbers ("414953 954636 2030") from passing as cards.
    private const int FirstGroupDigits = 4;
    private const int MinGroupDigits = 4;
    private const int MaxGroupDigits = 6;

    public static void Scan(ReadOnlySpan<char> text, ref Redactions redactions)
    {
        // Short strings (dates, ids, prices) rarely hold 13 digits; counting first is cheaper than walking their groups.
        if (text.Length <= 64 && CountDigits(text) < MinDigits)
        {
            return;
        }

        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                return;
            }

            i += next;
            var groupEnd = EndOfDigits(text, i);
            if (groupEnd - i < MinDigits && !StartsGroups(text, i, groupEnd))
            {
                // Too short alone and not the first group of a grouped card: the common case for any digits.
                i = groupEnd;
                continue;
            }

            if (TryMatch(text, i, groupEnd, out var matchEnd))
            {
                redactions.Add(i, matchEnd);
                i = matchEnd;
            }
            else
            {
                // The next search lands on the following group of this run, which may start a card of its own.
                i = groupEnd;
            }
        }
    }

    /// <summary>True when <paramref name="digits"/> (ASCII digits only, as in a JSON number) is a card number.</summary>
    public static bool IsCardNumber(ReadOnlySpan<char> digits) =>
        digits.Length is >= MinDigits and <= MaxDigits && !digits.ContainsAnyExceptInRange('0', '9') && IsPaymentIndustry(digits[0]) && Luhn.IsValid(digits);

    // ISO/IEC 7812: the first digit of a payment card (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay,
    // RuPay) is 2 to 6. Requiring it keeps epoch-millisecond timestamps (17…) and most order ids unmasked.
    private static bool IsPaymentIndustry(char first) => first is >= '2' and <= '6';

    private static bool TryMatch(ReadOnlySpan<char> text, int start, int firstEnd, out int matchEnd)
    {
        matchEnd = 0;
        var count = firstEnd - start;
        if (count > MaxDigits || !StartsClean(text, start) || !IsPaymentIndustry(text[start]))
        {
            return false;
        }

        // Candidate ends, shortest first; at most one per digit count from 13 to 19.
        Span<int> ends = stackalloc int[MaxDigits - MinDigits + 1];
        var found = 0;
        if (count >= MinDigits && EndsClean(text, firstEnd))
        {
            ends[found++] = firstEnd;
        }

        var separator = '\0';
        var pos = firstEnd;
        var grouped = count == FirstGroupDigits;
        while (grouped && pos + 1 < text.Length && IsSeparator(text[pos]) && char.IsAsciiDigit(text[pos + 1]))
        {
            if (separator == '\0')
            {
                separator = text[pos];
            }
            else if (text[pos] != separator)
            {
                break;
            }

            var groupEnd = EndOfDigits(text, pos + 1);
            var groupLength = groupEnd - pos - 1;
            count += groupLength;
            if (count > MaxDigits || groupLength > MaxGroupDigits)
            {
                break;
            }

            pos = groupEnd;
            if (count >= MinDigits && EndsClean(text, pos))
            {
                ends[found++] = pos;
            }

            // A short group can only end a card (4-4-4-4-1 for 17 digits), never sit inside one.
            grouped = groupLength >= MinGroupDigits;
        }

        // Longest first, so a 19-digit card is not cut to a 16-digit prefix that happens to pass too.
        for (var k = found - 1; k >= 0; k--)
        {
            if (Luhn.IsValid(text[start..ends[k]]))
            {
                matchEnd = ends[k];
                return true;
            }
        }

        return false;
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    private static bool StartsGroups(ReadOnlySpan<char> text, int start, int end) =>
        end - start == FirstGroupDigits && end + 1 < text.Length && IsSeparator(text[end]) && char.IsAsciiDigit(text[end + 1]);

    private static bool IsSeparator(char c) => c is ' ' or '-' or '+';

    private static int EndOfDigits(ReadOnlySpan<char> text, int start)
    {
        var end = text[start..].IndexOfAnyExceptInRange('0', '9');
        return end < 0 ? text.Length : start + end;
    }

    private static bool StartsClean(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var before = text[start - 1];
        if (char.IsAsciiLetter(before) || before == '+' && (start < 2 || !char.IsAsciiDigit(text[start - 2])))
        {
            return false;
        }

        return !(before is '.' or ',' && start >= 2 && char.IsAsciiDigit(text[start - 2]));
    }

    private static bool EndsClean(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var after = text[end];
        return !char.IsAsciiLetter(after) && !(after is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));
    }
}
