// vuln VG4001
using Microsoft.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c6")]
public sealed class C6Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        
        using var cmd = new SqlCommand($"SELECT * FROM Products WHERE Name = '{name}'", conn); cmd.ExecuteNonQuery();
        return Ok();
    }
}
