// vuln VG4001
using Dapper; using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c40")]
public sealed class C40Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        var filter = "Name = '" + name.Trim() + "'"; var query = "SELECT * FROM Products WHERE " + filter;
        conn.Execute(query);
        return Ok();
    }
}
