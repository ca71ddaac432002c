// safe VG4001
using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c58")]
public sealed class C58Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = System.Data.Common.DbProviderFactories.GetFactory("x").CreateConnection()!;
        var id = int.Parse(name);
        using DbCommand cmd = conn.CreateCommand(); cmd.CommandText = "SELECT * FROM Products WHERE Id = " + id; cmd.ExecuteReader();
        return Ok();
    }
}
