// vuln VG4001
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c15")]
public sealed class C15Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqliteConnection("Data Source=app.db");
        
        using var cmd = conn.CreateCommand(); cmd.CommandText = Sql.ByName(name); cmd.ExecuteReader();
        return Ok();
    }
}
