// safe VG4001
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c55")]
public sealed class C55Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqliteConnection("Data Source=app.db");
        _ = name;
        using var cmd = conn.CreateCommand(); cmd.CommandText = "SELECT * FROM Products WHERE Name = @name"; cmd.ExecuteReader(); cmd.Parameters.AddWithValue("@name", name);
        return Ok();
    }
}
