// safe VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c60")]
public sealed class C60Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        var id = int.Parse(name);
        var rows = conn.Products.FromSqlRaw("SELECT * FROM Products WHERE Id = " + id).ToList();
        return Ok();
    }
}
