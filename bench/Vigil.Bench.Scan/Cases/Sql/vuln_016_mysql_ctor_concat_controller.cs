// vuln VG4001
using MySql.Data.MySqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c16")]
public sealed class C16Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new MySqlConnection("Server=db");
        
        using var cmd = new MySqlCommand("SELECT * FROM Products WHERE Name = '" + name + "'", conn); cmd.ExecuteScalar();
        return Ok();
    }
}
