// safe VG4001
using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c48")]
public sealed class C48Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        var id = int.Parse(name);
        using var cmd = new SqlCommand("SELECT * FROM Products WHERE Id = " + id, conn); cmd.ExecuteReader();
        return Ok();
    }
}
