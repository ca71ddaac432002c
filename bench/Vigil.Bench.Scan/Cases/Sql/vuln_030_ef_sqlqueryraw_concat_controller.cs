// vuln VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c30")]
public sealed class C30Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        
        var names = conn.Database.SqlQueryRaw<string>("SELECT * FROM Products WHERE Name = '" + name + "'").ToList();
        return Ok();
    }
}
