// safe VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c76")]
public sealed class C76Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        
        var rows = conn.Products.Where(p => p.Name == name).ToList();
        return Ok();
    }
}
