// vuln VG4001
using Dapper; using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c38")]
public sealed class C38Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        
        conn.Execute("SELECT * FROM Products WHERE Name = '" + name + "'");
        return Ok();
    }
}
