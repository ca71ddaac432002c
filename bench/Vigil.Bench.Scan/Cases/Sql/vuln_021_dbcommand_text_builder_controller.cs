// vuln VG4001
using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c21")]
public sealed class C21Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = System.Data.Common.DbProviderFactories.GetFactory("x").CreateConnection()!;
        var sb = new System.Text.StringBuilder("SELECT * FROM Products WHERE "); sb.Append("Name LIKE '%").Append(name).Append("%'");
        using DbCommand cmd = conn.CreateCommand(); cmd.CommandText = sb.ToString(); cmd.ExecuteReader();
        return Ok();
    }
}
