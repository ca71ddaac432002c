namespace Vigil.Scan.Tests.Endpoints;

public sealed class ControllerRoutingTests
{
    private const string Usings = "using Microsoft.AspNetCore.Mvc;\n";

    [Fact]
    public void Class_and_action_templates_combine_with_the_controller_token_and_constraints_removed()
    {
        var endpoints = ScanOf.Endpoints(Usings + """
            [ApiController]
            [Route("api/[controller]")]
            public class OrdersController : ControllerBase
            {
                [HttpGet("{id:int:min(1)}")] public IActionResult Get(int id) => Ok();
                [HttpPost] public IActionResult Create(Order order) => Ok();
                [HttpDelete("/admin/orders/{id}")] public IActionResult Purge(int id) => Ok();
                private void Helper() { }
            }
            public record Order(string Name);
            """);

        Assert.Equal(["DELETE /admin/orders/{id}", "GET /api/Orders/{id}", "POST /api/Orders"], ScanOf.Keys(endpoints));
        var get = ScanOf.Single(endpoints, "GET /api/Orders/{id}");
        Assert.Equal("OrdersController.Get", get.Handler);
        Assert.Equal("File0.cs", get.Source.File);
        Assert.Equal(6, get.Source.Line); // line 1 is the using
    }

    [Fact]
    public void Route_on_the_action_accept_verbs_action_token_and_non_actions()
    {
        var endpoints = ScanOf.Endpoints(Usings + """
            [Route("shop/[controller]/[action]")]
            public class CartController : Controller
            {
                [HttpGet] public IActionResult View() => Ok();
                [AcceptVerbs("GET", "HEAD", Route = "/cart/status")] public IActionResult Status() => Ok();
                [Route("checkout"), HttpPost] public IActionResult CheckoutAsync() => Ok();
                [NonAction] public IActionResult Hidden() => Ok();
            }
            """);

        Assert.Equal(["GET /cart/status", "GET /shop/Cart/View", "HEAD /cart/status", "POST /shop/Cart/Checkout/checkout"], ScanOf.Keys(endpoints));
    }

    [Fact]
    public void Inherited_base_routes_and_actions_belong_to_each_derived_controller()
    {
        var endpoints = ScanOf.Endpoints(Usings + """
            [ApiController, Route("api/[controller]")]
            public abstract class CrudController : ControllerBase
            {
                [HttpGet("{id}")] public virtual IActionResult Get(string id) => Ok();
            }
            public class ProductsController : CrudController
            {
                [HttpGet("featured")] public IActionResult Featured() => Ok();
            }
            public class TagsController : CrudController
            {
                public override IActionResult Get(string id) => Ok();
            }
            """);

        Assert.Equal(["GET /api/Products/featured", "GET /api/Products/{id}", "GET /api/Tags/{id}"], ScanOf.Keys(endpoints));
    }

    [Fact]
    public void Custom_attributes_deriving_from_the_framework_ones_give_their_verb_and_template()
    {
        var endpoints = ScanOf.Endpoints(Usings + """
            public sealed class HttpGetV2Attribute : HttpGetAttribute { public HttpGetV2Attribute(string t) : base("v2/" + t) { } }
            public sealed class ApiRouteAttribute : RouteAttribute { public ApiRouteAttribute() : base("api/internal") { } }
            [ApiRoute]
            public class ReportsController : ControllerBase
            {
                [HttpGetV2("daily")] public IActionResult Daily() => Ok();
            }
            """);

        Assert.Equal(["GET /api/internal/v2/daily"], ScanOf.Keys(endpoints));
    }

    [Fact]
    public void Area_and_api_version_segments_are_filled_in()
    {
        var endpoints = ScanOf.Endpoints(Usings + """
            [Area("Admin"), Route("[area]/[controller]")]
            public class UsersController : ControllerBase { [HttpGet] public IActionResult List() => Ok(); }

            [ApiVersion("1.0")]
            [ApiVersion("2.0")]
            [Route("api/v{version:apiVersion}/[controller]")]
            public class ItemsController : ControllerBase { [HttpGet] public IActionResult List() => Ok(); }
            """);

        Assert.Equal(["GET /Admin/Users", "GET /api/v1/Items", "GET /api/v2/Items"], ScanOf.Keys(endpoints));
    }

    [Fact]
    public void Conventionally_routed_controllers_follow_map_controller_route()
    {
        var endpoints = ScanOf.Endpoints(Usings + """
            public class HomeController : Controller
            {
                public IActionResult Index() => View();
                [HttpPost] public IActionResult Contact(string message) => View();
            }
            public static class Startup
            {
                public static void Configure(WebApplication app) =>
                    app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}");
            }
            """);

        // Defaults and optional segments may be left out of the URL: Index is also /Home and /, Contact only /Home/Contact.
        Assert.Equal(["* /", "* /Home", "* /Home/Index", "* /Home/Index/{id}", "POST /Home/Contact", "POST /Home/Contact/{id}"], ScanOf.Keys(endpoints));
    }

    [Fact]
    public void Plain_classes_and_abstract_controllers_are_not_endpoints()
    {
        var endpoints = ScanOf.Endpoints(Usings + """
            public class OrderService { public string Get() => ""; }
            [NonController] public class ToolsController : ControllerBase { [HttpGet("x")] public IActionResult X() => Ok(); }
            """);

        Assert.Empty(endpoints);
    }
}
