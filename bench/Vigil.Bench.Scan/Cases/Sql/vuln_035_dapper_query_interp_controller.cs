// vuln VG4001
using Dapper; using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c35")]
public sealed class C35Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        
        var rows = conn.Query<Product>($"SELECT * FROM Products WHERE Name = '{name}'").ToList();
        return Ok();
    }
}
