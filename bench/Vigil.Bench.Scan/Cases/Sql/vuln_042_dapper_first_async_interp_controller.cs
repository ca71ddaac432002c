// vuln VG4001
using Dapper; using Npgsql;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c42")]
public sealed class C42Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new NpgsqlConnection("Host=db");
        
        var row = conn.QueryFirstOrDefaultAsync<Product>($"SELECT * FROM Products WHERE Name = '{name}'").Result;
        return Ok();
    }
}
