// safe VG4001
using Npgsql;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c52")]
public sealed class C52Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new NpgsqlConnection("Host=db");
        var id = int.Parse(name);
        using var cmd = new NpgsqlCommand(); cmd.Connection = conn; cmd.CommandText = "SELECT * FROM Products WHERE Id = " + id; cmd.ExecuteNonQuery();
        return Ok();
    }
}
