using MinimalGroups.Features;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthorization();
var app = builder.Build();

var api = app.MapGroup("/api/v1").RequireAuthorization();
api.MapInvoices();
api.MapCustomers().MapCustomerNotes();
app.MapHealth();
app.MapMethods("/api/v1/sync", ["PROPFIND", "REPORT"], () => Results.Ok());
app.Map("/legacy/{**path}", (string path) => Results.Redirect("/api/v1/" + path));
app.Run();
