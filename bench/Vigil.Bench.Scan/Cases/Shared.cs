// shared
using Microsoft.EntityFrameworkCore;
namespace Cases;
public sealed class Product { public int Id { get; set; } public string Name { get; set; } = ""; }
public sealed class ShopDb : DbContext { public DbSet<Product> Products { get; set; } = null!; }
public sealed record SearchForm(string Name, int Page);

internal static class Sql
{
    public static string ByName(string n) => "SELECT * FROM Products WHERE Name = '" + n + "'";
}
