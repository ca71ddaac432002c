// vuln VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c28")]
public sealed class C28Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        
        conn.Database.ExecuteSqlRaw($"SELECT * FROM Products WHERE Name = '{name}'");
        return Ok();
    }
}
