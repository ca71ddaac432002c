// safe VG4001
using Dapper; using Npgsql;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c70")]
public sealed class C70Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new NpgsqlConnection("Host=db");
        var id = int.Parse(name);
        var row = conn.QueryFirstOrDefaultAsync<Product>("SELECT * FROM Products WHERE Id = " + id).Result;
        return Ok();
    }
}
