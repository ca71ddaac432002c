using System.Globalization;

namespace Vigil.Samples.QrOrdering.Payments;

/// <summary>An expiry date as printed on a card, "MM/YY"; the card works until the end of that month.</summary>
internal readonly record struct CardExpiry(int Year, int Month)
{
    public static bool TryParse(string? text, out CardExpiry expiry)
    {
        expiry = default;
        var parts = text?.Trim().Split('/');
        if (parts is not [var mm, var yy] || mm.Length != 2 || yy.Length != 2
            || !int.TryParse(mm, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(yy, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || month is < 1 or > 12)
        {
            return false;
        }

        expiry = new CardExpiry(2000 + year, month);
        return true;
    }

    public bool HasPassed(DateTimeOffset now) => Year < now.Year || (Year == now.Year && Month < now.Month);
}
