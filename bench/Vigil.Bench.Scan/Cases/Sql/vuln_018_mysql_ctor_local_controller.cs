// vuln VG4001
using MySql.Data.MySqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c18")]
public sealed class C18Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new MySqlConnection("Server=db");
        var filter = "Name = '" + name.Trim() + "'"; var query = "SELECT * FROM Products WHERE " + filter;
        using var cmd = new MySqlCommand(query, conn); cmd.ExecuteScalar();
        return Ok();
    }
}
