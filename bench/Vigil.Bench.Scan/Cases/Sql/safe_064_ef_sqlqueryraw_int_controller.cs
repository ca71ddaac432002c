// safe VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c64")]
public sealed class C64Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        var id = int.Parse(name);
        var names = conn.Database.SqlQueryRaw<string>("SELECT * FROM Products WHERE Id = " + id).ToList();
        return Ok();
    }
}
