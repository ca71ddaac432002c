namespace Vigil.Samples.QrOrdering.Ordering;

/// <summary>
/// Phone numbers as diners type them. Indian mobiles arrive as "98xxx xxxxx", "098xxxxxxxx", "+91-98xxx-xxxxx"…;
/// all normalise to "+9198xxxxxxxx" so a returning diner is recognised however they typed it.
/// </summary>
internal static class PhoneNumbers
{
    /// <summary>The E.164 form (<c>+</c> and 8–15 digits), or null when the text is not a phone number.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32)
        {
            return null;
        }

        var international = text.TrimStart().StartsWith('+');
        Span<char> digits = stackalloc char[32];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '(' or ')' or '.' or '+'))
            {
                return null;
            }
        }

        var number = digits[..count].ToString();
        if (!international)
        {
            // A bare 10-digit mobile (optionally with the trunk 0) is Indian, the platform's home market.
            if (number.Length == 11 && number[0] == '0')
            {
                number = number[1..];
            }

            if (number.Length == 10 && number[0] is >= '6' and <= '9')
            {
                number = "91" + number;
            }
        }

        return number.Length is >= 8 and <= 15 ? "+" + number : null;
    }

    /// <summary>Indian mobiles as printed on receipts, "+91 98xxx xxxxx"; other numbers stay in E.164.</summary>
    public static string Format(string normalized) =>
        normalized.Length == 13 && normalized.StartsWith("+91", StringComparison.Ordinal)
            ? $"{normalized[..3]} {normalized[3..8]} {normalized[8..]}"
            : normalized;
}
