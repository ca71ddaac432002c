// safe VG4001
using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c49")]
public sealed class C49Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        _ = name;
        using var cmd = new SqlCommand("SELECT * FROM Products WHERE Name = @name", conn); cmd.Parameters.AddWithValue("@name", name); cmd.ExecuteReader();
        return Ok();
    }
}
