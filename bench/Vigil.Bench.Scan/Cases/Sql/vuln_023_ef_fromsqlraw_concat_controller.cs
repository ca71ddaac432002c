// vuln VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c23")]
public sealed class C23Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        
        var rows = conn.Products.FromSqlRaw("SELECT * FROM Products WHERE Name = '" + name + "'").ToList();
        return Ok();
    }
}
