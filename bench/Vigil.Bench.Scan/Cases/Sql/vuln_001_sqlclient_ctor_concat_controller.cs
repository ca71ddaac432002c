// vuln VG4001
using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c1")]
public sealed class C1Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        
        using var cmd = new SqlCommand("SELECT * FROM Products WHERE Name = '" + name + "'", conn); cmd.ExecuteReader();
        return Ok();
    }
}
