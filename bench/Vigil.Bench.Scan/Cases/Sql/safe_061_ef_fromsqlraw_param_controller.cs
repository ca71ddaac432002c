// safe VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c61")]
public sealed class C61Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        _ = name;
        var rows = conn.Products.FromSqlRaw("SELECT * FROM Products WHERE Name = {0}", name).ToList();
        return Ok();
    }
}
