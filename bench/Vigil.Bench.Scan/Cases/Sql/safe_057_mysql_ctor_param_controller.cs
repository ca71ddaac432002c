// safe VG4001
using MySql.Data.MySqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c57")]
public sealed class C57Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new MySqlConnection("Server=db");
        _ = name;
        using var cmd = new MySqlCommand("SELECT * FROM Products WHERE Name = @name", conn); cmd.Parameters.AddWithValue("@name", name); cmd.ExecuteScalar();
        return Ok();
    }
}
