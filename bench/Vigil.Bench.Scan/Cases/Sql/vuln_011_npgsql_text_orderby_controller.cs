// vuln VG4001
using Npgsql;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c11")]
public sealed class C11Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new NpgsqlConnection("Host=db");
        var sort = name ?? "Id";
        using var cmd = new NpgsqlCommand(); cmd.Connection = conn; cmd.CommandText = "SELECT * FROM Products ORDER BY " + sort; cmd.ExecuteNonQuery();
        return Ok();
    }
}
