// vuln VG4001
using Dapper; using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c37")]
public sealed class C37Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        
        var rows = conn.Query<Product>(Sql.ByName(name)).ToList();
        return Ok();
    }
}
