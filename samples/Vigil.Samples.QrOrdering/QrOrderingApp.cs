using Vigil.AspNetCore;
using Vigil.Samples.QrOrdering.Data;

namespace Vigil.Samples.QrOrdering;

/// <summary>
/// Builds the QR-ordering sample API: a restaurant ordering platform with deliberate, documented flaws (README.md).
/// Used by Program.cs, by <c>vigil demo</c> (in-process) and by the tests.
/// </summary>
public static class QrOrderingApp
{
    /// <param name="args">Command-line arguments; <c>--urls</c> chooses where Kestrel listens.</param>
    /// <param name="configureVigil">Applied after the <c>Vigil</c> configuration section (e.g. <c>Vigil__Endpoint</c>).</param>
    public static WebApplication Build(string[] args, Action<VigilOptions>? configureVigil = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // One log line per request would drown the console `vigil demo` shares with the sample.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Vigil.Samples.QrOrdering", LogLevel.Warning);

        builder.Services.AddVigil(configureVigil);
        builder.Services.AddQrOrdering();

        var app = builder.Build();
        // First, so Vigil sees every exchange exactly as the client does, error pages included.
        app.UseVigil();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapQrOrderingEndpoints();

        // Seed now rather than on the first request, so the first diner doesn't wait for it.
        _ = app.Services.GetRequiredService<OrderStore>();
        return app;
    }
}
