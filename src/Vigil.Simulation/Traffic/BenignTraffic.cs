using System.Globalization;

namespace Vigil.Simulation.Traffic;

/// <summary>
/// Sessions of ordinary users of the QR-ordering API: anonymous diners browsing and ordering, members signing in
/// (now and then with a typo) and reading their own orders, staff looking at customers and recent orders, and
/// partner integrations syncing a few pages with their API key from fixed addresses. About four requests a session.
/// </summary>
internal sealed class BenignTraffic(Random random)
{
    // Diners 62 % × 3.8, members 30 % × 4.1, partners 3 % × 3, staff 5 % × 6 (the test measures the resulting rate).
    public const double RequestsPerSession = 3.97;
    public const int Partners = 8;
    public const int StaffMembers = 300;
    private long _nextOrder = 100_000;

    public static string PartnerKey(int partner) => $"pk_live_partner{partner}_{(partner * 7919) + 104729:x8}c0ffee";

    public static string PartnerIp(int partner, int which) => $"192.0.2.{10 + (partner * 2) + which}";

    public IEnumerable<Request> Session()
    {
        var roll = random.NextDouble();
        return roll < 0.62 ? Diner() : roll < 0.92 ? Member() : roll < 0.95 ? Partner() : Staff();
    }

    private TimeSpan Think(double meanSeconds) => TimeSpan.FromSeconds(0.3 + (-Math.Log(1 - random.NextDouble()) * meanSeconds));

    private string AnonymousIp() => $"10.{random.Next(1, 200)}.{random.Next(256)}.{random.Next(1, 255)}";

    private IEnumerable<Request> Diner()
    {
        var ip = AnonymousIp();
        var agent = $"Mozilla/5.0 (Mobile; diner {random.Next(40)})";
        yield return new(TimeSpan.Zero, "GET", "/restaurants", "/restaurants", 200, ip, Bodies.Restaurants(1, 20), "page=1", UserAgent: agent);
        if (random.NextDouble() < 0.3)
        {
            yield return new(Think(3), "GET", "/restaurants", "/restaurants", 200, ip, Bodies.Restaurants(2, 20), "page=2", UserAgent: agent);
        }

        var restaurant = random.Next(1, 400);
        yield return new(Think(4), "GET", $"/restaurants/{restaurant}/menu", "/restaurants/{id}/menu", 200, ip, Bodies.Menu(restaurant), UserAgent: agent);
        if (random.NextDouble() < 0.6)
        {
            var order = Interlocked.Increment(ref _nextOrder);
            yield return new(Think(8), "POST", "/orders", "/orders", 201, ip, Bodies.Order(order), RequestBody: "{\"table\":12,\"lines\":[{\"dish\":3,\"qty\":2}]}", UserAgent: agent, DurationMs: 60);
            for (var i = 0; i < random.Next(1, 3); i++)
            {
                yield return new(Think(10), "GET", $"/orders/{order}", "/orders/{id}", 200, ip, Bodies.Order(order), UserAgent: agent);
            }
        }
    }

    private IEnumerable<Request> Member()
    {
        var member = random.Next(5_000);
        var user = "m" + member.ToString(CultureInfo.InvariantCulture);
        // At home on a broadband address, or on the phone network (another operator, another ASN) a third of the time.
        var ip = random.NextDouble() < 0.33 ? $"100.96.{member / 250 % 250}.{random.Next(1, 255)}" : $"100.64.{member / 250 % 250}.{(member % 250) + 1}";
        var login = $"{{\"username\":\"member{member}@mailbox.example.org\",\"password\":\"****\"}}";
        if (random.NextDouble() < 0.08)
        {
            yield return new(TimeSpan.Zero, "POST", "/auth/login", "/auth/login", 401, ip, RequestBody: login);
        }

        yield return new(Think(2), "POST", "/auth/login", "/auth/login", 200, ip, "{\"token\":\"****\"}", RequestBody: login, DurationMs: 80);
        yield return new(Think(2), "GET", "/customers/me", "/customers/me", 200, ip, Bodies.Person(member), UserId: user);
        for (var i = 0; i < random.Next(1, 4); i++)
        {
            var order = 10_000 + (member * 5) + random.Next(5);
            yield return new(Think(5), "GET", $"/orders/{order}", "/orders/{id}", 200, ip, Bodies.Order(order, 2, user), UserId: user);
        }

        if (random.NextDouble() < 0.01)
        {
            yield return new(Think(5), "POST", "/auth/password/reset", "/auth/password/reset", 202, ip, RequestBody: login);
        }
    }

    private IEnumerable<Request> Partner()
    {
        var partner = random.Next(Partners);
        var ip = PartnerIp(partner, random.Next(2));
        var pages = random.Next(1, 6);
        for (var page = 1; page <= pages; page++)
        {
            yield return new(page == 1 ? TimeSpan.Zero : Think(1), "GET", "/restaurants", "/restaurants", 200, ip, Bodies.Restaurants(page, 20),
                $"page={page}", ApiKey: PartnerKey(partner), UserAgent: $"partner-sync/{partner}.1");
        }
    }

    private IEnumerable<Request> Staff()
    {
        var staff = random.Next(StaffMembers);
        var user = "staff" + staff.ToString(CultureInfo.InvariantCulture);
        var ip = $"172.16.{staff / 200}.{(staff % 200) + 10}";
        yield return new(TimeSpan.Zero, "GET", "/customers", "/customers", 200, ip, Bodies.Customers(1, 20), "page=1", UserId: user);
        var newest = Interlocked.Read(ref _nextOrder);
        yield return new(Think(3), "GET", "/orders", "/orders", 200, ip, Bodies.OrderList(newest, 30), "status=open", UserId: user);
        for (var i = 0; i < 4; i++)
        {
            var order = newest - random.Next(30);
            yield return new(Think(6), "GET", $"/orders/{order}", "/orders/{id}", 200, ip, Bodies.Order(order), UserId: user);
        }
    }
}
