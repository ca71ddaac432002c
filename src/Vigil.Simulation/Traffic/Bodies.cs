using System.Globalization;
using System.Text;

namespace Vigil.Simulation.Traffic;

/// <summary>Response bodies shaped like the sample API's: lists of restaurants, menus, orders and customers with personal data.</summary>
internal static class Bodies
{
    private static readonly string[] First = ["ana", "ben", "chloe", "dev", "eva", "finn", "gia", "hugo", "iris", "jon", "kai", "lena", "max", "nora", "omar", "pia"];
    private static readonly string[] Last = ["silva", "berg", "costa", "dunn", "evans", "fox", "garcia", "hahn", "ito", "jones", "klein", "lopez"];

    public static string Restaurants(int page, int size)
    {
        var sb = new StringBuilder("{\"items\":[");
        for (var i = 0; i < size; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":{(page * size) + i},\"name\":\"Bistro {(page * size) + i}\",\"city\":\"Lisbon\",\"rating\":4.{i % 10}}}");
            sb.Append(i < size - 1 ? "," : "");
        }

        return sb.Append(CultureInfo.InvariantCulture, $"],\"page\":{page},\"size\":{size}}}").ToString();
    }

    public static string Menu(int restaurant) =>
        $"{{\"restaurant\":{restaurant},\"items\":[{string.Join(',', Enumerable.Range(1, 12).Select(i => $"{{\"id\":{i},\"name\":\"Dish {i}\",\"price\":{8 + i}.50}}"))}]}}";

    /// <param name="customerId">The member who placed it; anonymous diners' orders have none.</param>
    public static string Order(long id, int status = 1, string? customerId = null) =>
        $"{{\"id\":{id},{(customerId is null ? "" : $"\"customerId\":\"{customerId}\",")}\"status\":\"{(status == 1 ? "preparing" : "served")}\",\"table\":{id % 40},\"total\":23.50,\"lines\":[{{\"dish\":3,\"qty\":2}}]}}";

    /// <summary>The newest <paramref name="count"/> orders, newest first, as a staff screen lists them.</summary>
    public static string OrderList(long newest, int count) =>
        "{\"items\":[" + string.Join(',', Enumerable.Range(0, count).Select(i => Order(newest - i))) + "]}";

    /// <summary>An order with the customer's contact details: what the leaking table endpoint hands out.</summary>
    public static string OrdersWithCustomers(long table, int count)
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            var n = (table * 7) + i;
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":{(table * 100) + i},\"table\":{table},\"customer\":{Person(n)}}}");
            sb.Append(i < count - 1 ? "," : "");
        }

        return sb.Append(']').ToString();
    }

    public static string Customers(int page, int size)
    {
        var sb = new StringBuilder("{\"items\":[");
        for (var i = 0; i < size; i++)
        {
            sb.Append(Person((page * size) + i));
            sb.Append(i < size - 1 ? "," : "");
        }

        return sb.Append(CultureInfo.InvariantCulture, $"],\"page\":{page}}}").ToString();
    }

    public static string Person(long n)
    {
        var first = First[n % First.Length];
        var last = Last[n / First.Length % Last.Length];
        return string.Create(CultureInfo.InvariantCulture, $"{{\"name\":\"{first} {last}\",\"email\":\"{first}.{last}{n}@mailbox.example.org\",\"phone\":\"+351 912 {n % 1000:000} {(n * 7) % 1000:000}\"}}");
    }
}
