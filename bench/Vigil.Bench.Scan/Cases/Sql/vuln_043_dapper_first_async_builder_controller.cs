// vuln VG4001
using Dapper; using Npgsql;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c43")]
public sealed class C43Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new NpgsqlConnection("Host=db");
        var sb = new System.Text.StringBuilder("SELECT * FROM Products WHERE "); sb.Append("Name LIKE '%").Append(name).Append("%'");
        var row = conn.QueryFirstOrDefaultAsync<Product>(sb.ToString()).Result;
        return Ok();
    }
}
