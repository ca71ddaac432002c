// vuln VG4001
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c47")]
public sealed class C47Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search()
    {
        var conn = new SqliteConnection("Data Source=a.db");
        
        using var cmd = new SqliteCommand("SELECT * FROM Tenants WHERE Name = '" + Request.Headers["X-Tenant"] + "'", conn);
        return Ok();
    }
}
