// safe VG4001
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/c75")]
public sealed class C75Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Search(string name)
    {
        var conn = new ShopDb();
        
        conn.Database.ExecuteSql($"DELETE FROM Products WHERE Name = {name}");
        return Ok();
    }
}
