// safe VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c63")]
public sealed class C63Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        _ = name;
        conn.Database.ExecuteSqlRaw("SELECT * FROM Products WHERE Name = {0}", name);
        return Ok();
    }
}
