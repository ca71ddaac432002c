// safe VG4001
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c54")]
public sealed class C54Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqliteConnection("Data Source=app.db");
        var id = int.Parse(name);
        using var cmd = conn.CreateCommand(); cmd.CommandText = "SELECT * FROM Products WHERE Id = " + id; cmd.ExecuteReader();
        return Ok();
    }
}
