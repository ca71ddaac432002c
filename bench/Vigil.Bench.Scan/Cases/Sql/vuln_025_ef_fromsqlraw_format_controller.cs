// vuln VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c25")]
public sealed class C25Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        
        var rows = conn.Products.FromSqlRaw(string.Format("DELETE FROM Products WHERE Name = '{0}'", name)).ToList();
        return Ok();
    }
}
