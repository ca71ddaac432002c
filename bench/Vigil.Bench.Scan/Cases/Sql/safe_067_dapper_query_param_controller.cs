// safe VG4001
using Dapper; using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c67")]
public sealed class C67Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        _ = name;
        var rows = conn.Query<Product>("SELECT * FROM Products WHERE Name = @name", new { name }).ToList();
        return Ok();
    }
}
