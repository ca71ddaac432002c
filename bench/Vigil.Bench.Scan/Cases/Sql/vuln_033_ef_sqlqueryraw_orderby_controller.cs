// vuln VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c33")]
public sealed class C33Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        var sort = name ?? "Id";
        var names = conn.Database.SqlQueryRaw<string>("SELECT * FROM Products ORDER BY " + sort).ToList();
        return Ok();
    }
}
