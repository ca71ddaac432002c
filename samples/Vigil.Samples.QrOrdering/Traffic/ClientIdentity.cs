namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>
/// Who a simulated request comes from. Each diner gets an address from the documentation ranges (RFC 5737), so
/// behaviour analysis can tell clients apart although all traffic really comes from one process.
/// </summary>
internal sealed record ClientIdentity(string Address, string UserAgent)
{
    private static readonly string[] DinerBrowsers =
    [
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Mobile Safari/537.36",
    ];

    private static readonly string[] Networks = ["192.0.2", "198.51.100", "203.0.113"];

    public static ClientIdentity Diner(Random random) =>
        new(RandomAddress(random), DinerBrowsers[random.Next(DinerBrowsers.Length)]);

    /// <summary>A restaurant's tablet: one stable address per restaurant, the staff app's user agent.</summary>
    public static ClientIdentity StaffTablet(int restaurantId) =>
        new($"{Networks[restaurantId % Networks.Length]}.{200 + (restaurantId % 50)}", "QrDineStaff/3.4.1 (iPad; iPadOS 17.6)");

    public static ClientIdentity HealthProbe { get; } = new("10.0.0.2", "kube-probe/1.30");

    private static string RandomAddress(Random random) => $"{Networks[random.Next(Networks.Length)]}.{random.Next(1, 200)}";
}
