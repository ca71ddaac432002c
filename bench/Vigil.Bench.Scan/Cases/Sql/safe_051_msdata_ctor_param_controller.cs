// safe VG4001
using Microsoft.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c51")]
public sealed class C51Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        _ = name;
        using var cmd = new SqlCommand("SELECT * FROM Products WHERE Name = @name", conn); cmd.Parameters.AddWithValue("@name", name); cmd.ExecuteNonQuery();
        return Ok();
    }
}
