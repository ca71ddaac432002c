namespace Vigil.Samples.QrOrdering.Payments;

/// <summary>Checks on a card number as typed. Nothing here ever returns or logs more than the last four digits.</summary>
internal static class CardNumbers
{
    /// <summary>The digits of a card number typed with optional spaces or dashes; null when it can't be one (12–19 digits).</summary>
    public static string? DigitsOf(string? typed)
    {
        if (typed is null || typed.Length > 32)
        {
            return null;
        }

        var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
        var onlySeparators = typed.All(c => char.IsAsciiDigit(c) || c is ' ' or '-');
        return onlySeparators && digits.Length is >= 12 and <= 19 ? digits : null;
    }

    /// <summary>The Luhn checksum every card number carries; catches most typos before the gateway is asked.</summary>
    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    public static string BrandOf(string digits) => digits switch
    {
        ['4', ..] => "visa",
        ['5', >= '1' and <= '5', ..] or ['2', ..] => "mastercard",
        ['3', '4' or '7', ..] => "amex",
        ['6', '0', ..] or ['6', '5', ..] or ['8', '1', ..] or ['8', '2', ..] => "rupay",
        _ => "unknown",
    };
}
