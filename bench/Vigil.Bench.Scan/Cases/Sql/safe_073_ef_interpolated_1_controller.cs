// safe VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c73")]
public sealed class C73Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        
        var rows = conn.Products.FromSqlInterpolated($"SELECT * FROM Products WHERE Name = {name}").ToList();
        return Ok();
    }
}
