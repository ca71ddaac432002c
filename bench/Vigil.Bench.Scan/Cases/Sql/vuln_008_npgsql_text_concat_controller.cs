// vuln VG4001
using Npgsql;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c8")]
public sealed class C8Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new NpgsqlConnection("Host=db");
        
        using var cmd = new NpgsqlCommand(); cmd.Connection = conn; cmd.CommandText = "SELECT * FROM Products WHERE Name = '" + name + "'"; cmd.ExecuteNonQuery();
        return Ok();
    }
}
