// vuln VG4001
using System.Data.SqlClient;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c3")]
public sealed class C3Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new SqlConnection("Server=db");
        
        using var cmd = new SqlCommand(string.Format("DELETE FROM Products WHERE Name = '{0}'", name), conn); cmd.ExecuteReader();
        return Ok();
    }
}
