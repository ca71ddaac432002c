// safe VG4001
using Dapper; using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c69")]
public sealed class C69Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        _ = name;
        conn.Execute("SELECT * FROM Products WHERE Name = @name", new { name });
        return Ok();
    }
}
