using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Ordering;

/// <summary>Order statuses by name only: <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would also accept "3" or "1,2".</summary>
internal static class OrderStatusNames
{
    public static readonly string[] All = Enum.GetNames<OrderStatus>().Select(n => n.ToLowerInvariant()).ToArray();

    public static bool TryParse(string? text, out OrderStatus status)
    {
        foreach (var candidate in Enum.GetValues<OrderStatus>())
        {
            if (string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
