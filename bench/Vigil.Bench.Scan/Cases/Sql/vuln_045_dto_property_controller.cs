// vuln VG4001
using Dapper; using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c45")]
public sealed class C45Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search([FromQuery] SearchForm form)
    {
        var conn = new SqlConnection("Server=db");
        
        conn.Query<Product>("SELECT * FROM Products WHERE Name = '" + form.Name + "'");
        return Ok();
    }
}
