// safe VG4001
using Dapper; using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c66")]
public sealed class C66Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        var id = int.Parse(name);
        var rows = conn.Query<Product>("SELECT * FROM Products WHERE Id = " + id).ToList();
        return Ok();
    }
}
