// vuln VG4001
using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c20")]
public sealed class C20Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = System.Data.Common.DbProviderFactories.GetFactory("x").CreateConnection()!;
        
        using DbCommand cmd = conn.CreateCommand(); cmd.CommandText = $"SELECT * FROM Products WHERE Name = '{name}'"; cmd.ExecuteReader();
        return Ok();
    }
}
