namespace Vigil.Scan.Tests.Taint;

/// <summary>VG4001 over ADO.NET, EF Core raw SQL and Dapper, with none of those packages restored (types bind by name).</summary>
public sealed class SqlInjectionAnalyzerTests
{
    private const string Controller = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Data.SqlClient;
        using Dapper;
        [ApiController, Route("users")]
        public class UsersController(AppDb db, SqlConnection connection) : ControllerBase
        {
            [HttpGet("search")]
            public IActionResult Search(string name)
            {
                BODY
                return Ok();
            }
        }
        public class AppDb : Microsoft.EntityFrameworkCore.DbContext { public Microsoft.EntityFrameworkCore.DbSet<User> Users { get; set; } = null!; }
        public class User { public string Name { get; set; } = ""; }
        """;

    public static TheoryData<string> VulnerableBodies =>
    [
        """var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", connection);""",
        """using var cmd = connection.CreateCommand(); cmd.CommandText = $"SELECT * FROM Users WHERE Name = '{name}'";""",
        """var cmd = new Npgsql.NpgsqlCommand { CommandText = string.Format("DELETE FROM t WHERE n = '{0}'", name) };""",
        """var sql = new System.Text.StringBuilder("SELECT * FROM Users WHERE "); sql.Append("Name = '").Append(name).Append('\''); connection.Query<User>(sql.ToString());""",
        """db.Users.FromSqlRaw("SELECT * FROM Users WHERE Name = '" + name + "'").ToList();""",
        """db.Database.ExecuteSqlRaw($"DELETE FROM Users WHERE Name = '{name}'");""",
        """db.Database.SqlQueryRaw<string>("SELECT Name FROM Users WHERE Name LIKE '%" + name + "%'");""",
        """connection.Execute($"UPDATE Users SET Seen = 1 WHERE Name = '{name}'");""",
        """var where = "Name = '" + name.Trim() + "'"; var rows = connection.QueryAsync<User>("SELECT * FROM Users WHERE " + where);""",
        """var q = Request.Query["q"].ToString(); connection.Query<User>("SELECT * FROM Users WHERE Name = '" + q + "'");""",
    ];

    public static TheoryData<string> SafeBodies =>
    [
        """var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = @name", connection); cmd.Parameters.AddWithValue("@name", name);""",
        """db.Users.FromSql($"SELECT * FROM Users WHERE Name = {name}").ToList();""",
        """db.Database.ExecuteSqlInterpolated($"DELETE FROM Users WHERE Name = {name}");""",
        """db.Users.FromSqlRaw("SELECT * FROM Users WHERE Name = {0}", name).ToList();""",
        """connection.Query<User>("SELECT * FROM Users WHERE Name = @name", new { name });""",
        """var id = int.Parse(name); connection.Execute("DELETE FROM Users WHERE Id = " + id);""",
        """const string table = "Users"; connection.Query<User>("SELECT * FROM " + table);""",
        """var cmd = new SqlCommand("SELECT 1", connection); cmd.CommandText = "SELECT * FROM Users"; _ = name;""",
    ];

    [Theory]
    [MemberData(nameof(VulnerableBodies))]
    public void Detect(string body)
    {
        var findings = ScanOf.Sources(Controller.Replace("BODY", body, StringComparison.Ordinal)).Findings;

        var finding = Assert.Single(findings, f => f.RuleId == "VG4001");
        Assert.Equal("GET /users/search", finding.Endpoint);
        Assert.Equal(10, finding.Source!.Line);
    }

    [Theory]
    [MemberData(nameof(SafeBodies))]
    public void Safe(string body) =>
        Assert.DoesNotContain(ScanOf.Sources(Controller.Replace("BODY", body, StringComparison.Ordinal)).Findings, f => f.RuleId == "VG4001");

    [Fact]
    public void Detect_in_a_minimal_api_through_a_helper_in_another_file()
    {
        var program = """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/products", (string category, ProductQueries queries) => queries.ByCategory(category));
            app.Run();
            """;
        var queries = """
            using System.Data;
            using Dapper;
            public sealed class ProductQueries(IDbConnection db)
            {
                public object ByCategory(string category) => db.Query<object>(Build(category));
                private static string Build(string c) => "SELECT * FROM Products WHERE Category = '" + c + "'";
            }
            """;

        var finding = Assert.Single(ScanOf.Sources(program, queries).Findings, f => f.RuleId == "VG4001");

        Assert.Equal(("File1.cs", 5), (finding.Source!.File, finding.Source.Line));
        Assert.Equal("GET /products", finding.Endpoint);
        Assert.Equal("CWE-89", ScanOf.Sources(program, queries).Rules.Single(r => r.Id == "VG4001").Cwe);
    }

    [Fact]
    public void Detect_through_a_model_bound_dto_property_and_a_field()
    {
        var source = """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Data.Sqlite;
            [ApiController, Route("notes")]
            public class NotesController : ControllerBase
            {
                private string _filter = "";
                [HttpPost] public IActionResult Add(NoteQuery query) { _filter = query.Text; Run(); return Ok(); }
                private void Run() { using var c = new SqliteCommand("SELECT * FROM Notes WHERE Text = '" + _filter + "'"); }
            }
            public record NoteQuery(string Text, int Page);
            """;

        Assert.Single(ScanOf.Sources(source).Findings, f => f.RuleId == "VG4001");
    }

    [Fact]
    public void Safe_when_only_a_numeric_property_of_the_dto_is_used()
    {
        var source = """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Data.Sqlite;
            [ApiController, Route("notes")]
            public class NotesController : ControllerBase
            {
                [HttpPost] public IActionResult Page(NoteQuery query) { using var c = new SqliteCommand("SELECT * FROM Notes LIMIT 10 OFFSET " + query.Page * 10); return Ok(); }
            }
            public record NoteQuery(string Text, int Page);
            """;

        Assert.DoesNotContain(ScanOf.Sources(source).Findings, f => f.RuleId == "VG4001");
    }

    [Fact]
    public void Detect_and_never_repeat_a_password_on_the_same_line()
    {
        var body = """using var c = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", new SqlConnection("Server=db;Password=Tr0ub4dor&3;"));""";

        var finding = Assert.Single(ScanOf.Sources(Controller.Replace("BODY", body, StringComparison.Ordinal)).Findings, f => f.RuleId == "VG4001");

        Assert.DoesNotContain("Tr0ub4dor", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("Password=****", finding.Evidence, StringComparison.Ordinal);
    }
}
